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
    /// The prefect's instruction the exception rests on (its date and reference), required when it is needed.
    public var prefectInstruction = ""

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
        /// The prefect's instruction, cleaned; nil when none was typed.
        public let prefectInstruction: String?

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

    /// Checks every field; `commune` holds a resolved INSEE code (or nothing), and `communeProblem` why what was
    /// typed resolved to no single commune of the département.
    public func validate(
        today: CalendarDay,
        departements: Set<String>,
        countries: Set<String>,
        communeProblem: String? = nil
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
        if let communeProblem { errors.add("commune", communeProblem) }
        let validPerson = person.validate(today: today, countries: countries, &errors)
        let instruction = errors.text(prefectInstruction, field: "prefectInstruction", kind: .line) ?? ""
        guard errors.isEmpty, let referral, let validPerson else { return .failure(errors) }
        return .success(
            Valid(
                referralDate: referral,
                departement: departement,
                commune: communeCode.isEmpty ? nil : communeCode,
                person: validPerson,
                prefectException: prefectException,
                prefectInstruction: instruction.isEmpty ? nil : instruction
            )
        )
    }
}

extension ReferralInput.Valid {
    /// Whether this referral may be sent given its eligibility: an eligible person may be referred; one eligible
    /// only through the prefect's exception needs that instruction recorded; anyone else is refused. The errors
    /// say why, field by field.
    public func admission(_ outcome: EligibilityOutcome) -> FieldErrors {
        var errors = FieldErrors()
        switch outcome.basis {
        case .protectionHolder, .joiningRelative:
            break
        case .prefectException:
            if prefectInstruction == nil {
                errors.add(
                    "prefectInstruction",
                    "Indiquez la date et la référence de l'instruction du préfet : l'orientation ne repose que sur elle."
                )
            }
        case .none:
            let temporary = person.protection == .temporary
            errors.add(
                "eligibility",
                temporary
                    ? "La protection temporaire (Ukraine) n'ouvre pas droit à AGIR, même sur exception du préfet : "
                        + "l'orientation ne peut pas être envoyée."
                    : "Cette personne n'est pas éligible à AGIR au \(outcome.referralDate.french) (voir les conditions "
                        + "ci-dessous) : elle ne peut être orientée que sur exception du préfet avec l'accord de l'OFII, "
                        + "instruction à l'appui."
            )
        }
        return errors
    }
}
