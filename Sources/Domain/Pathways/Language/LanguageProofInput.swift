import Foundation

/// A certificate or diploma as typed: its kind, day, proof reference and level (one for a diploma, one per skill for a
/// certificate, which tests the four skills separately).
public struct LanguageProofInput: Sendable, Equatable {
    public var kind = ""
    public var date = ""
    public var reference = ""
    /// The level of a diploma.
    public var level = ""
    /// Typed level per skill of a certificate, keyed by `LanguageSkill.rawValue`.
    public var levels: [String: String] = [:]

    public init() {}

    /// The proof once checked, as the requirement engine reads it, with its kind and reference.
    public struct Valid: Sendable, Equatable {
        public let kind: CertificationKind
        public let proof: LanguageProof
        public let reference: String?

        /// Creates a checked proof (used by the store when reading back).
        public init(kind: CertificationKind, proof: LanguageProof, reference: String?) {
            self.kind = kind
            self.proof = proof
            self.reference = reference
        }
    }

    /// Checks every field; a certificate needs a level in each of the four skills.
    public func validate(today: CalendarDay, _ errors: inout FieldErrors) -> Valid? {
        let before = errors.messages.count
        let certification = CertificationKind(rawValue: kind)
        if certification == nil { errors.add("proofKind", "Choisissez la certification ou le diplôme.") }
        let day = PathwayField.read(
            date,
            field: "proofDate",
            label: "la date d'obtention",
            required: true,
            today: today,
            &errors
        )
        let typedReference =
            errors.text(
                reference,
                field: "proofReference",
                kind: TextKind(maxLength: 80, multiline: false)
            ) ?? ""
        var proof: LanguageProof?
        if let certification, let day {
            switch certification.proofKind {
            case .diploma:
                if let level = PathwayField.level(
                    level,
                    field: "proofLevel",
                    label: "le niveau attesté par le diplôme",
                    required: true,
                    &errors
                ) {
                    proof = .diploma(certification.label, date: day, level: level)
                }
            case .certification:
                var found: [LanguageSkill: CEFRLevel] = [:]
                for skill in LanguageSkill.allCases {
                    found[skill] = PathwayField.level(
                        levels[skill.rawValue] ?? "",
                        field: "proofLevel-\(skill.rawValue)",
                        label: "le niveau obtenu en \(skill.frenchLabel)",
                        required: true,
                        &errors
                    )
                }
                proof = .certification(certification.label, date: day, levels: found)
            }
        }
        guard errors.messages.count == before, let certification, let proof else { return nil }
        return Valid(kind: certification, proof: proof, reference: typedReference.isEmpty ? nil : typedReference)
    }
}
