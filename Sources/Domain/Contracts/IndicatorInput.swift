/// An indicator of an action: what is counted and in which unit ("personnes", "ateliers").
public struct ActionIndicatorInput: Sendable, Equatable {
    public var label = ""
    public var unit = ""

    public init() {}

    /// The indicator once checked.
    public struct Valid: Sendable, Equatable {
        public let label: String
        public let unit: String
    }

    /// Checks both fields.
    public func validate(_ errors: inout FieldErrors) -> Valid? {
        let name = errors.text(
            label,
            field: "indicatorLabel",
            kind: .title,
            required: "Dites ce que l'indicateur compte, par exemple « personnes ayant suivi l'atelier »."
        )
        let counted = errors.text(
            unit,
            field: "indicatorUnit",
            kind: .name,
            required: "Indiquez l'unité, par exemple « personnes »."
        )
        guard let name, let counted else { return nil }
        return Valid(label: name, unit: counted)
    }
}

/// A yearly figure of an indicator, as typed: its target or its result for one year of the contract.
public struct IndicatorFigureInput: Sendable, Equatable {
    /// The prefix of the form's field names ("target" or "result"), so that both forms can share a page.
    public var prefix = "figure"
    public var indicatorID = ""
    public var year = ""
    public var value = ""

    public init() {}

    /// The largest figure accepted: beyond is a typing mistake.
    public static let maximum = 10_000_000

    /// The indicator, year and figure once checked; `indicators` are the action's own.
    public func validate(
        indicators: Set<String>,
        contractYears: ClosedRange<Int>,
        _ errors: inout FieldErrors
    ) -> (indicatorID: String, year: Int, value: Int)? {
        let before = errors.messages.count
        if !indicators.contains(indicatorID) { errors.add("\(prefix)Indicator", "Choisissez l'indicateur.") }
        let chosenYear = errors.integer(
            year,
            field: "\(prefix)Year",
            in: contractYears,
            message: "Choisissez une année du contrat, de \(contractYears.lowerBound) à \(contractYears.upperBound)."
        )
        let number = errors.integer(
            value,
            field: "\(prefix)Value",
            in: 0...Self.maximum,
            message: "Saisissez un nombre entier entre 0 et \(FrenchNumber.grouped(Self.maximum))."
        )
        guard errors.messages.count == before, let chosenYear, let number else { return nil }
        return (indicatorID, chosenYear, number)
    }
}
