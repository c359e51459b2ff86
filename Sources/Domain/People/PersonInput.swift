import Foundation

/// What a caseworker or an OFII agent types about one person, before validation.
public struct PersonInput: Sendable, Equatable {
    public var documentNames = ""
    public var usualNames = ""
    public var birthYear = ""
    public var birthMonth = ""
    public var birthDay = ""
    public var sex = ""
    public var nationality = ""
    public var protection = ""
    public var protectionAuthority = ""
    public var protectionDate = ""
    public var cirSignatureDate = ""
    public var agdref = ""
    public var joiningRelative = false

    public init() {}

    /// The person's fields once valid.
    public struct Valid: Sendable, Equatable {
        public let name: PersonName
        public let birthYear: Int
        public let birthMonth: Int?
        public let birthDay: Int?
        public let sex: String
        public let nationality: String
        public let protection: ProtectionKind?
        public let protectionAuthority: String?
        public let protectionDate: CalendarDay?
        public let cirSignatureDate: CalendarDay?
        public let agdref: String?
        public let joiningRelative: Bool

        /// The fields of a person already recorded (checked when they were entered).
        public init(
            name: PersonName,
            birthYear: Int,
            birthMonth: Int?,
            birthDay: Int?,
            sex: String,
            nationality: String,
            protection: ProtectionKind?,
            protectionAuthority: String?,
            protectionDate: CalendarDay?,
            cirSignatureDate: CalendarDay?,
            agdref: String?,
            joiningRelative: Bool
        ) {
            self.name = name
            self.birthYear = birthYear
            self.birthMonth = birthMonth
            self.birthDay = birthDay
            self.sex = sex
            self.nationality = nationality
            self.protection = protection
            self.protectionAuthority = protectionAuthority
            self.protectionDate = protectionDate
            self.cirSignatureDate = cirSignatureDate
            self.agdref = agdref
            self.joiningRelative = joiningRelative
        }
    }

    /// The sexes recorded, as on residence documents.
    public static let sexes: [(value: String, label: String)] = [("F", "Femme"), ("M", "Homme"), ("X", "Non précisé")]
    /// Nationality values that are not countries.
    public static let statelessNationality = "apatride"
    public static let undeterminedNationality = "indeterminee"

    /// Checks every field, adding a French message per field to `errors`; nil when something is wrong.
    public func validate(today: CalendarDay, countries: Set<String>, _ errors: inout FieldErrors) -> Valid? {
        let before = errors.messages.count
        let identity = validateIdentity(today: today, countries: countries, &errors)
        let cirDay = Self.optionalDay(cirSignatureDate, field: "cirSignatureDate", today: today, &errors)
        var agdrefValue: String?
        if !agdref.trimmingCharacters(in: .whitespaces).isEmpty {
            switch PersonIdentifiers.agdref(agdref) {
            case .success(let value): agdrefValue = value
            case .failure(let error): errors.add("agdref", error.message)
            }
        }
        guard errors.messages.count == before, let identity else { return nil }
        return Valid(
            name: identity.name,
            birthYear: identity.birthYear,
            birthMonth: identity.birthMonth,
            birthDay: identity.birthDay,
            sex: identity.sex,
            nationality: identity.nationality,
            protection: identity.protection,
            protectionAuthority: identity.protectionAuthority,
            protectionDate: identity.protectionDate,
            cirSignatureDate: cirDay,
            agdref: agdrefValue,
            joiningRelative: joiningRelative
        )
    }

    /// Checks the identity fields only (names, birth, sex, nationality, protection), as at creation: the parser both
    /// a new person and a correction of their identity go through.
    public func validateIdentity(
        today: CalendarDay,
        countries: Set<String>,
        _ errors: inout FieldErrors
    ) -> PersonIdentity? {
        let before = errors.messages.count
        let names = errors.text(
            documentNames,
            field: "documentNames",
            kind: .name,
            required: "Saisissez les noms et prénoms tels qu'ils figurent sur les documents."
        )
        let usual = errors.text(usualNames, field: "usualNames", kind: .name)
        let (year, month, day) = readBirth(today: today, &errors)
        if !Self.sexes.contains(where: { $0.value == sex }) {
            errors.add("sex", "Choisissez le sexe indiqué sur le titre de séjour.")
        }
        if !(countries.contains(nationality)
            || [Self.statelessNationality, Self.undeterminedNationality].contains(nationality))
        {
            errors.add("nationality", "Choisissez la nationalité, ou « apatride », ou « indéterminée ».")
        }
        let protectionKind = protection.isEmpty ? nil : ProtectionKind(rawValue: protection)
        if !protection.isEmpty, protectionKind == nil { errors.add("protection", "Choisissez la protection obtenue.") }
        if !protectionAuthority.isEmpty, !["OFPRA", "CNDA"].contains(protectionAuthority) {
            errors.add("protectionAuthority", "Choisissez OFPRA ou CNDA.")
        }
        let protectionDay = Self.optionalDay(protectionDate, field: "protectionDate", today: today, &errors)
        if protectionKind != nil, protectionKind != .temporary, protectionDay == nil, errors["protectionDate"] == nil {
            errors.add("protectionDate", "Saisissez la date de la décision de protection.")
        }
        guard errors.messages.count == before, let year, let names, let usual else { return nil }
        return PersonIdentity(
            name: PersonName(documentNames: names, usualNames: usual),
            birthYear: year,
            birthMonth: month,
            birthDay: day,
            sex: sex,
            nationality: nationality,
            protection: protectionKind,
            protectionAuthority: protectionAuthority.isEmpty ? nil : protectionAuthority,
            protectionDate: protectionDay
        )
    }

    private func readBirth(today: CalendarDay, _ errors: inout FieldErrors) -> (Int?, Int?, Int?) {
        guard
            let year = errors.integer(
                birthYear,
                field: "birthYear",
                in: 1900...today.year,
                message: "Saisissez l'année de naissance sur 4 chiffres, entre 1900 et \(today.year)."
            )
        else { return (nil, nil, nil) }
        let before = errors.messages.count
        let month = errors.integer(
            birthMonth,
            field: "birthMonth",
            in: 1...12,
            required: false,
            message: "Le mois de naissance est un nombre de 1 à 12, ou vide s'il est inconnu."
        )
        guard errors.messages.count == before else { return (year, nil, nil) }
        let day = errors.integer(
            birthDay,
            field: "birthDay",
            in: 1...31,
            required: false,
            message: "Le jour de naissance est un nombre de 1 à 31, ou vide s'il est inconnu."
        )
        guard errors.messages.count == before else { return (year, month, nil) }
        if let day {
            guard let month, let born = CalendarDay(year: year, month: month, day: day) else {
                errors.add("birthDay", "Ce jour n'existe pas dans ce mois, ou le mois manque.")
                return (year, month, nil)
            }
            if born > today {
                errors.add("birthDay", "La date de naissance ne peut pas être dans le futur.")
                return (year, month, nil)
            }
        }
        return (year, month, day)
    }

    /// A past date, empty allowed, or a French message for `field`.
    static func optionalDay(
        _ text: String,
        field: String,
        today: CalendarDay,
        _ errors: inout FieldErrors
    ) -> CalendarDay? {
        errors.day(text, field: field, notAfter: DayBound(today, "Cette date ne peut pas être dans le futur."))
    }
}
