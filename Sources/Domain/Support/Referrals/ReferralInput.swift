import Foundation

/// What an OFII agent types to refer a household (its reference person), before validation.
public struct ReferralInput: Sendable, Equatable {
    public var referralDate = ""
    public var departement = ""
    public var commune = ""
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
    public var prefectException = false

    public init() {}

    /// The reference person's part of the form.
    public var person: PersonInput {
        var person = PersonInput()
        person.documentNames = documentNames
        person.usualNames = usualNames
        person.birthYear = birthYear
        person.birthMonth = birthMonth
        person.birthDay = birthDay
        person.sex = sex
        person.nationality = nationality
        person.protection = protection
        person.protectionAuthority = protectionAuthority
        person.protectionDate = protectionDate
        person.cirSignatureDate = cirSignatureDate
        person.agdref = agdref
        person.joiningRelative = joiningRelative
        return person
    }

    /// The referral's fields once valid.
    public struct Valid: Sendable, Equatable {
        public let referralDate: CalendarDay
        public let departement: String
        public let commune: String?
        public let person: PersonInput.Valid
        public let prefectException: Bool

        /// The facts the eligibility rule reads.
        public var eligibilityInput: EligibilityInput {
            EligibilityInput(
                referralDate: referralDate,
                departementCode: departement,
                protection: person.protection,
                protectionDate: person.protectionDate,
                cirSignatureDate: person.cirSignatureDate,
                joiningRelativeOfEligiblePerson: person.joiningRelative,
                prefectException: prefectException
            )
        }
    }

    /// Checks every field; `communeIn` says whether a commune code lies in a département.
    public func validate(
        today: CalendarDay,
        departements: Set<String>,
        countries: Set<String>,
        communeIn: (String, String) -> Bool
    ) -> Result<Valid, FieldErrors> {
        var errors = FieldErrors()
        let referral = errors.day(
            referralDate,
            field: "referralDate",
            required: "Saisissez la date d'orientation, par exemple \(today.iso).",
            notBefore: DayBound(
                today.adding(years: -5),
                "La date d'orientation ne peut pas remonter à plus de cinq ans."
            ),
            notAfter: DayBound(today, "La date d'orientation ne peut pas être dans le futur.")
        )
        if !departements.contains(departement) { errors.add("departement", "Choisissez le département de résidence.") }
        let communeCode = commune.trimmingCharacters(in: .whitespaces).uppercased()
        if !communeCode.isEmpty, !communeIn(communeCode, departement) {
            errors.add("commune", "Saisissez le code INSEE d'une commune du département, par exemple 69266.")
        }
        let validPerson = person.validate(today: today, countries: countries, &errors)
        guard errors.isEmpty, let referral, let validPerson else { return .failure(errors) }
        return .success(
            Valid(
                referralDate: referral,
                departement: departement,
                commune: communeCode.isEmpty ? nil : communeCode,
                person: validPerson,
                prefectException: prefectException
            )
        )
    }
}
