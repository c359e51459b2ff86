/// The rules a contract's territory, period and dates obey; every layer calls these, none repeats them.
public enum ContractRules {
    /// The INSEE codes listed in a text (separated by commas, semicolons, spaces or lines), in capitals and without
    /// repeats; nil with a message when one is not a commune code or when there is none.
    public static func communeCodes(_ raw: String, field: String, _ errors: inout FieldErrors) -> [String]? {
        guard let text = errors.text(raw, field: field, kind: .note) else { return nil }
        var codes: [String] = []
        for part in text.split(whereSeparator: { ",; \n\t".contains($0) }) {
            let code = part.uppercased()
            guard isCommuneCode(code) else {
                errors.add(
                    field,
                    "« \(part) » n'est pas un code officiel de commune (5 caractères, par exemple 69123)."
                )
                return nil
            }
            if !codes.contains(code) { codes.append(code) }
        }
        guard !codes.isEmpty else {
            errors.add(field, "Indiquez au moins une commune du territoire, par son code officiel (INSEE).")
            return nil
        }
        guard codes.count <= maximumCommunes else {
            errors.add(field, "Un contrat couvre au plus \(maximumCommunes) communes (\(codes.count) saisies).")
            return nil
        }
        return codes
    }

    /// The most communes a contract lists (the largest métropoles have about 130).
    public static let maximumCommunes = 500

    /// Whether a text has the shape of an INSEE commune code: 5 digits, or 2A/2B followed by 3 digits.
    public static func isCommuneCode(_ code: String) -> Bool {
        let characters = Array(code)
        guard characters.count == 5 else { return false }
        let digits = characters.filter(\.isASCIIDigit).count
        return digits == 5 || (characters[0] == "2" && (characters[1] == "A" || characters[1] == "B") && digits == 4)
    }

    /// Checks the communes found for the typed codes: each code must exist and lie in one of the contract's
    /// départements. Returns the communes in the typed order, or nil with one message naming every culprit.
    public static func territory(
        codes: [String],
        found: [Commune],
        departements: Set<String>,
        field: String,
        _ errors: inout FieldErrors
    ) -> [Commune]? {
        let byCode = Dictionary(found.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
        let unknown = codes.filter { byCode[$0] == nil }
        if !unknown.isEmpty {
            errors.add(field, "Aucune commune n'a ce code officiel : \(unknown.joined(separator: ", ")).")
            return nil
        }
        let communes = codes.compactMap { byCode[$0] }
        let outside = communes.filter { !departements.contains($0.departementCode) }
        if !outside.isEmpty {
            let names = outside.map { "\($0.name) (\($0.code), département \($0.departementCode))" }
            errors.add(
                field,
                "Ces communes ne sont pas dans le ou les départements du contrat : \(names.joined(separator: ", "))."
            )
            return nil
        }
        return communes
    }

    /// The QPV among `codes` that are not in `territory` (the QPV of the contract's communes).
    public static func qpvOutside(_ codes: [String], territory: Set<String>) -> [String] {
        codes.filter { !territory.contains($0) }
    }

    /// A period whose end comes after its start; a contrat de ville stays within 2024–2030.
    public static func period(
        startsOn: String,
        endsOn: String,
        kind: ContractKind?,
        fields: (start: String, end: String),
        _ errors: inout FieldErrors
    ) -> ContractPeriod? {
        let start = day(startsOn, field: fields.start, label: "la date de début", &errors)
        let end = day(endsOn, field: fields.end, label: "la date de fin", &errors)
        guard let start, let end else { return nil }
        guard start < end else {
            errors.add(fields.end, "La fin du contrat doit venir après son début.")
            return nil
        }
        if let years = kind?.allowedYears, !(years.contains(start.year) && years.contains(end.year)) {
            errors.add(
                fields.end,
                "Un contrat de ville de la génération 2024–2030 court entre le 1er janvier 2024 et le 31 décembre 2030."
            )
            return nil
        }
        return ContractPeriod(startsOn: start, endsOn: end)
    }

    /// A required day typed in a form, through the one day parser (`FieldErrors.day`), or nil with a message.
    public static func day(_ raw: String, field: String, label: String, _ errors: inout FieldErrors) -> CalendarDay? {
        errors.day(raw, field: field, required: "Saisissez \(label) sous la forme AAAA-MM-JJ, par exemple 2026-03-15.")
    }

    /// Why a day cannot be used where it must follow the signature and not lie in the future (a review, a
    /// change of status); nil when it can.
    public static func afterSignature(_ day: CalendarDay, signedOn: CalendarDay?, today: CalendarDay) -> String? {
        guard let signedOn else { return "Le contrat n'est pas encore signé." }
        if day < signedOn { return "Cette date précède la signature du contrat (\(signedOn.french))." }
        if day > today { return "Cette date est dans le futur : enregistrez-la une fois passée." }
        return nil
    }
}

extension ContractRules {
    /// Whether a contract is in force on `day`: signed on or before it, not past its end date, and not ended before.
    public static func inForce(
        on day: CalendarDay,
        signedOn: CalendarDay?,
        endsOn: CalendarDay,
        endedOn: CalendarDay?
    )
        -> Bool
    {
        guard let signedOn, signedOn <= day, day <= endsOn else { return false }
        return endedOn.map { day < $0 } ?? true
    }
}
