import Foundation

/// Checks the content of a subsidy application: every value through its bounded parser when saved (a draft keeps
/// only clean values), and completeness and the budget rules when submitted.
public enum ApplicationForm {
    /// The values of the known fields, cleaned; a value that does not parse records its message and is not kept.
    public static func clean(_ raw: [String: String], errors: inout FieldErrors) -> [String: String] {
        var values: [String: String] = [:]
        for field in ApplicationField.all {
            guard let typed = raw[field.name] else { continue }
            if let value = cleanValue(typed, field: field, errors: &errors), !value.isEmpty {
                values[field.name] = value
            }
        }
        return values
    }

    /// One value in its stored form ("" when empty), or nil with a message.
    static func cleanValue(_ raw: String, field: ApplicationField, errors: inout FieldErrors) -> String? {
        let name = field.name
        let trimmed = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        switch field.kind {
        case .text(let kind):
            return errors.text(raw, field: name, kind: kind)
        case .siret:
            guard !trimmed.isEmpty else { return "" }
            switch CompanyIdentifiers.validateSiret(trimmed) {
            case .success(let value): return value
            case .failure(let message):
                errors.add(name, message.text)
                return nil
            }
        case .rna:
            guard !trimmed.isEmpty else { return "" }
            switch CompanyIdentifiers.validateRNA(trimmed) {
            case .success(let value): return value
            case .failure(let message):
                errors.add(name, message.text)
                return nil
            }
        case .email:
            guard let text = errors.text(raw, field: name, kind: .line) else { return nil }
            guard text.isEmpty || EmailShape.isPlausible(text) else {
                errors.add(name, "Adresse de courriel illisible, par exemple contact@association.fr.")
                return nil
            }
            return text
        case .money:
            guard !trimmed.isEmpty else { return "" }
            return errors.money(trimmed, field: name).map(\.decimal)
        case .count:
            guard !trimmed.isEmpty else { return "" }
            return errors.integer(
                trimmed,
                field: name,
                in: 0...10_000_000,
                message: "Saisissez un nombre entier, sans espace ni décimale (par exemple 120)."
            ).map(String.init)
        case .day:
            guard !trimmed.isEmpty else { return "" }
            guard let day = CalendarDay(iso: trimmed) else {
                errors.add(name, "Date illisible : choisissez une date (AAAA-MM-JJ), entre 1900 et 2200.")
                return nil
            }
            return day.iso
        case .monthDay:
            guard !trimmed.isEmpty else { return "" }
            guard let (day, month) = MonthDay.parse(trimmed) else {
                errors.add(
                    name,
                    "Saisissez le jour et le mois de clôture, par exemple 31/12 (le 29/02 n'existe pas "
                        + "chaque année : choisissez le 28/02)."
                )
                return nil
            }
            return MonthDay.format(day: day, month: month)
        case .communes, .qpvs:
            guard !trimmed.isEmpty else { return "" }
            let isCommune = if case .communes = field.kind { true } else { false }
            let codes = trimmed.split(whereSeparator: { $0 == "," || $0 == ";" || $0 == " " }).map {
                $0.uppercased()
            }
            let valid = codes.allSatisfy { isCommune ? TerritoryCodes.isCommune($0) : TerritoryCodes.isQPV($0) }
            guard valid, codes.count <= 60 else {
                errors.add(
                    name,
                    isCommune
                        ? "Codes de commune illisibles : 5 caractères chacun (par exemple 69123, 2A004), séparés par des virgules."
                        : "Codes de quartier illisibles : par exemple QN06901M, séparés par des virgules."
                )
                return nil
            }
            return Array(uniqueInOrder(codes)).joined(separator: ",")
        case .tags:
            let names = trimmed.split(separator: ",").map(String.init)
            guard names.allSatisfy({ ThematicTag(rawValue: $0) != nil }) else {
                errors.add(name, "Thématique inconnue : cochez les thématiques de la liste.")
                return nil
            }
            return ThematicTag.stored(names.compactMap(ThematicTag.init(rawValue:)))
        case .period:
            guard trimmed.isEmpty || ["annuelle", "pluriannuelle"].contains(trimmed) else {
                errors.add(name, "Choisissez une subvention annuelle ou pluriannuelle.")
                return nil
            }
            return trimmed
        case .checkbox:
            return trimmed == "oui" ? "oui" : ""
        }
    }

    /// The application's key figures when it may be submitted for a call of `callYear`; otherwise nil with a message
    /// per missing or inconsistent field.
    public static func submission(
        _ values: [String: String],
        callYear: Int,
        errors: inout FieldErrors
    ) -> ApplicationSummary? {
        for field in ApplicationField.all where field.required && (values[field.name] ?? "").isEmpty {
            if case .checkbox = field.kind {
                errors.add(field.name, "Cette attestation est obligatoire pour déposer la demande.")
            } else {
                errors.add(field.name, "Ce champ est obligatoire pour déposer la demande : « \(field.label) ».")
            }
        }
        if (values["org.rna"] ?? "").isEmpty && (values["org.other_registration"] ?? "").isEmpty {
            errors.add(
                "org.rna",
                "Indiquez le numéro RNA ou, à défaut, le récépissé de préfecture ou le registre "
                    + "d'Alsace-Moselle."
            )
        }
        let summary = ApplicationSummary(values: values, callYear: callYear)
        if let start = summary.startsOn, let end = summary.endsOn {
            if end < start { errors.add("project.end", "La fin de l'action précède son début.") }
            if start.year != callYear {
                errors.add("project.start", "L'action doit commencer en \(callYear), l'année de l'appel à projets.")
            }
        }
        checkYears(values, errors: &errors)
        let budget = summary.budget
        for problem in budget.balanceProblems { errors.add(problem.field, problem.message) }
        if budget.requested == .zero {
            errors.add("budget.\(BudgetAccount.requestCode)", "Indiquez le montant demandé au programme 104.")
        }
        return errors.isEmpty ? summary : nil
    }

    /// An annual grant has no amount after its first year; a multi-year one has one for each of 2 to 4 years, in a row.
    static func checkYears(_ values: [String: String], errors: inout FieldErrors) {
        let later = (2...GrantPlan.maximumYears).map { values["project.amount.\($0)"].flatMap(MoneyInput.parse) }
        if values["project.period"] == "annuelle" {
            if let year = later.firstIndex(where: { $0 != nil }) {
                errors.add(
                    "project.amount.\(year + 2)",
                    "Une subvention annuelle n'a pas de montant pour l'année "
                        + "\(year + 2) : videz ce champ ou choisissez « pluriannuelle »."
                )
            }
        } else if values["project.period"] == "pluriannuelle" {
            if later[0] == nil || later[0] == .zero {
                errors.add(
                    "project.amount.2",
                    "Une convention pluriannuelle indique le montant de l'année 2 (2 à 4 ans)."
                )
            }
            if let gap = later.firstIndex(where: { $0 == nil }), later[gap...].contains(where: { $0 != nil }) {
                errors.add("project.amount.\(gap + 2)", "Indiquez les montants des années à la suite, sans en sauter.")
            }
        }
    }
}

/// The key figures of an application, read from its cleaned values.
public struct ApplicationSummary: Sendable, Equatable {
    public let organisationName: String
    public let siret: String?
    public let rna: String?
    public let title: String
    public let tags: [ThematicTag]
    public let expectedPeople: Int?
    public let startsOn: CalendarDay?
    public let endsOn: CalendarDay?
    public let communes: [String]
    public let qpvs: [String]
    public let budget: ProjectBudget
    public let plan: GrantPlan
    /// The day and month the association's financial year ends (31/12 when not said).
    public let financialYearEnd: (day: Int, month: Int)

    public init(values: [String: String], callYear: Int) {
        organisationName = values["org.name"] ?? ""
        siret = values["org.siret"]
        rna = values["org.rna"]
        title = values["project.title"] ?? ""
        tags = ThematicTag.list(values["project.tags"] ?? "")
        expectedPeople = values["project.expected_people"].flatMap { Int($0) }
        startsOn = values["project.start"].flatMap(CalendarDay.init(iso:))
        endsOn = values["project.end"].flatMap(CalendarDay.init(iso:))
        communes = (values["project.communes"] ?? "").split(separator: ",").map(String.init)
        qpvs = (values["project.qpv"] ?? "").split(separator: ",").map(String.init)
        var amounts: [String: Money] = [:]
        for account in BudgetAccount.all {
            if let amount = values["budget.\(account.code)"].flatMap(MoneyInput.parse) {
                amounts[account.code] = amount
            }
        }
        budget = ProjectBudget(amounts: amounts)
        var yearly = [budget.requested]
        if values["project.period"] == "pluriannuelle" {
            for year in 2...GrantPlan.maximumYears {
                guard let amount = values["project.amount.\(year)"].flatMap(MoneyInput.parse) else { break }
                yearly.append(amount)
            }
        }
        plan = GrantPlan(firstYear: callYear, yearlyAmounts: yearly)
        financialYearEnd = values["org.financial_year_end"].flatMap(MonthDay.parse) ?? (31, 12)
    }

    public static func == (lhs: ApplicationSummary, rhs: ApplicationSummary) -> Bool {
        lhs.siret == rhs.siret && lhs.title == rhs.title && lhs.plan == rhs.plan && lhs.budget == rhs.budget
            && lhs.tags == rhs.tags && lhs.startsOn == rhs.startsOn && lhs.endsOn == rhs.endsOn
            && lhs.financialYearEnd == rhs.financialYearEnd
    }

    /// The financial year of the association for year `index` of the plan (0 first): the one containing the action's
    /// start, then the following ones.
    public func financialYear(_ index: Int) -> FinancialYear? {
        guard let start = startsOn else { return nil }
        return FinancialYear.containing(start, endMonth: financialYearEnd.month, endDay: financialYearEnd.day)?
            .shifted(by: index)
    }
}

/// A day and a month written "31/12".
public enum MonthDay {
    /// (day, month) of "31/12" or "31/12/" variants; nil when the day does not exist every year.
    public static func parse(_ text: String) -> (Int, Int)? {
        let parts = text.split(separator: "/")
        guard parts.count == 2, let day = BoundedInteger.parse(parts[0], in: 1...31),
            let month = BoundedInteger.parse(parts[1], in: 1...12),
            day <= CalendarDay.daysIn(month: month, year: 2001)
        else { return nil }
        return (day, month)
    }

    /// "31/12".
    public static func format(day: Int, month: Int) -> String {
        "\(day < 10 ? "0" : "")\(day)/\(month < 10 ? "0" : "")\(month)"
    }
}

/// The shapes of territorial codes, before they are looked up.
public enum TerritoryCodes {
    /// An INSEE commune code: 5 characters, digits with 2A/2B for Corsica.
    public static func isCommune(_ code: String) -> Bool {
        let chars = Array(code)
        guard chars.count == 5 else { return false }
        let second = chars[1]
        return chars[0].isASCIIDigit && (second.isASCIIDigit || second == "A" || second == "B")
            && chars[2...].allSatisfy(\.isASCIIDigit)
    }

    /// A QPV code: "Q" then 6 to 9 letters or digits (QN06901M, QP069001).
    public static func isQPV(_ code: String) -> Bool {
        (7...10).contains(code.count) && code.first == "Q"
            && code.allSatisfy { $0.isASCIIDigit || ("A"..."Z").contains($0) }
    }
}

/// A plausible e-mail address: one @, something before, a dot in the domain, no spaces.
enum EmailShape {
    static func isPlausible(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        return parts.count == 2 && !parts[0].isEmpty && parts[1].contains(".") && !text.contains(" ")
            && text.count <= 254
    }
}

/// Removes repeated elements, keeping the first of each.
func uniqueInOrder(_ values: [String]) -> [String] {
    var seen = Set<String>()
    return values.filter { seen.insert($0).inserted }
}
