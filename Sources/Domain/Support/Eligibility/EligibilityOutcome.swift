/// The result of the AGIR eligibility rule: the decision, what it rests on, and every condition checked.
public struct EligibilityOutcome: Sendable, Equatable {
    /// What an eligibility rests on.
    public enum Basis: String, Sendable, Equatable, CaseIterable, Codable {
        /// Beneficiary of protection who meets every condition of the general case.
        case protectionHolder
        /// Joining relative of an eligible person, in a covered and deployed département.
        case joiningRelative
        /// Exception on the prefect's instruction with OFII's agreement, needed because another condition fails.
        case prefectException
        /// Not eligible.
        case none

        /// The French label shown to caseworkers.
        public var label: String {
            switch self {
            case .protectionHolder: "bénéficiaire d'une protection"
            case .joiningRelative: "rejoignant d'une personne éligible"
            case .prefectException: "exception sur instruction du préfet avec accord de l'OFII"
            case .none: "non éligible"
            }
        }
    }

    /// Whether the person is eligible to AGIR at the referral date.
    public let eligible: Bool
    /// What the eligibility rests on (`.none` when not eligible).
    public let basis: Basis
    /// Every condition checked, always all of them, in the order of `EligibilityCondition.Code.allCases`.
    public let conditions: [EligibilityCondition]
    /// The referral date the conditions were judged on.
    public let referralDate: CalendarDay

    /// Creates an outcome; `eligible` follows from the basis.
    public init(basis: Basis, conditions: [EligibilityCondition], referralDate: CalendarDay) {
        self.eligible = basis != .none
        self.basis = basis
        self.conditions = conditions
        self.referralDate = referralDate
    }

    /// The condition with the given code, if it was checked.
    public func condition(_ code: EligibilityCondition.Code) -> EligibilityCondition? {
        conditions.first { $0.code == code.rawValue }
    }

    /// A one-sentence French summary of the decision.
    public var summary: String {
        let date = referralDate.french
        switch basis {
        case .protectionHolder:
            return "Éligible à AGIR au \(date) en tant que bénéficiaire d'une protection."
        case .joiningRelative:
            return "Éligible à AGIR au \(date) en tant que rejoignant d'une personne éligible."
        case .prefectException:
            return "Éligible à AGIR au \(date) uniquement sur exception : instruction du préfet avec accord de l'OFII."
        case .none:
            return "Non éligible à AGIR au \(date) : voir les conditions non remplies."
        }
    }
}

extension EligibilityOutcome {
    /// The outcome with the prefect's instruction written into the exception's condition, so that the referral
    /// keeps what its exception rests on; unchanged when the exception is not what makes the person eligible.
    public func recording(prefectInstruction: String?) -> EligibilityOutcome {
        guard basis == .prefectException, let prefectInstruction else { return self }
        let code = EligibilityCondition.Code.prefectException.rawValue
        let conditions = conditions.map { condition in
            condition.code == code
                ? EligibilityCondition(
                    .prefectException,
                    met: condition.met,
                    explanation: condition.explanation + " Instruction : « \(prefectInstruction) »."
                ) : condition
        }
        return EligibilityOutcome(basis: basis, conditions: conditions, referralDate: referralDate)
    }
}
