import Foundation

/// What a DREETS (or national steering) types to create a budget line, before validation.
public struct FundingLineInput: Sendable, Equatable {
    public var year = ""
    /// The département of the UO; empty for a line kept at the regional level.
    public var departementCode = ""
    public var action = ""
    public var subAction = ""
    public var label = ""
    public var allocation = ""
    /// The reserve rate in percent, up to two decimals ("5,5").
    public var reserveRate = ""

    public init() {}

    /// The line's typed values once valid.
    public struct Valid: Sendable, Equatable {
        public let year: Int
        public let departementCode: String
        public let action: BudgetAction
        public let subAction: SubAction
        public let label: String
        public let allocation: Money
        public let reserveBasisPoints: Int
    }

    /// Checks every field; messages keyed by field name.
    public func validate(_ errors: inout FieldErrors) -> Valid? {
        let year = errors.integer(
            self.year,
            field: "lineYear",
            in: 2015...2100,
            message: "Saisissez l'année budgétaire, par exemple 2026."
        )
        let action = BudgetAction(rawValue: self.action)
        if action == nil { errors.add("lineAction", "Choisissez l'action du programme 104.") }
        if let action, let year, !action.exists(in: year) {
            errors.add(
                "lineAction",
                "L'action 15 n'existe plus depuis 2024 : ses crédits sont passés au programme 303."
            )
        }
        let subAction = SubAction(rawValue: self.subAction)
        if subAction == nil { errors.add("lineSubAction", "Choisissez la sous-action.") }
        let label = errors.text(
            self.label,
            field: "lineLabel",
            kind: .title,
            required: "Donnez un intitulé à la ligne."
        )
        let allocation = errors.money(self.allocation, field: "lineAllocation")
        let reserve = ReserveRate.parse(reserveRate, field: "lineReserve", &errors)
        guard let year, let action, let subAction, let label, let allocation, let reserve, errors.isEmpty else {
            return nil
        }
        return Valid(
            year: year,
            departementCode: departementCode,
            action: action,
            subAction: subAction,
            label: label,
            allocation: allocation,
            reserveBasisPoints: reserve
        )
    }
}

/// A reserve rate typed in percent with at most two decimals, as basis points (5,5 % → 550).
public enum ReserveRate {
    /// The basis points, or nil with a message when not a percentage between 0 and 100.
    public static func parse(_ raw: String, field: String, _ errors: inout FieldErrors) -> Int? {
        let text = raw.replacingOccurrences(of: "%", with: "").trimmingCharacters(in: .whitespaces)
        guard let value = MoneyInput.parse(text.isEmpty ? "0" : text), value.cents <= 10_000 else {
            errors.add(field, "Saisissez un taux entre 0 et 100 %, avec au plus deux décimales (par exemple 5,5).")
            return nil
        }
        return value.cents
    }

    /// "5,5 %" from 550.
    public static func french(_ basisPoints: Int) -> String {
        let whole = basisPoints / 100
        let fraction = basisPoints % 100
        guard fraction != 0 else { return "\(whole) %" }
        let decimals = fraction % 10 == 0 ? "\(fraction / 10)" : (fraction < 10 ? "0\(fraction)" : "\(fraction)")
        return "\(whole),\(decimals) %"
    }
}

/// Where a funding record's "today" is read: a département's local day, or for a regional record the region's.
public enum FundingTerritory {
    /// The département whose time zone applies: the département itself, or for a regional line or call the overseas
    /// département of an overseas region (01 Guadeloupe → 971 … 06 Mayotte → 976), else metropolitan France.
    public static func timeZoneDepartement(regionCode: String, departementCode: String) -> String {
        if !departementCode.isEmpty { return departementCode }
        switch regionCode {
        case "01": return "971"
        case "02": return "972"
        case "03": return "973"
        case "04": return "974"
        case "06": return "976"
        default: return "75"
        }
    }
}
