import Foundation

/// A language assessment as typed: a CEFR level per skill assessed, its day and who assessed.
public struct LanguageAssessmentInput: Sendable, Equatable {
    public var date = ""
    public var assessor = ""
    /// Typed level per skill, keyed by `LanguageSkill.rawValue`; an empty value means the skill was not assessed.
    public var levels: [String: String] = [:]

    public init() {}

    /// The assessment once checked.
    public struct Valid: Sendable, Equatable {
        public let date: CalendarDay
        public let assessor: String
        public let levels: [LanguageSkill: CEFRLevel]

        /// Creates a checked assessment (used by the store when reading back).
        public init(date: CalendarDay, assessor: String, levels: [LanguageSkill: CEFRLevel]) {
            self.date = date
            self.assessor = assessor
            self.levels = levels
        }
    }

    /// Checks the day, the assessor and each level; at least one skill must be assessed.
    public func validate(today: CalendarDay, _ errors: inout FieldErrors) -> Valid? {
        let before = errors.messages.count
        let day = PathwayField.read(
            date,
            field: "assessmentDate",
            label: "la date de l'évaluation",
            required: true,
            today: today,
            &errors
        )
        let who = errors.text(
            assessor,
            field: "assessor",
            kind: TextKind(maxLength: 120, multiline: false),
            required: "Indiquez qui a évalué (OFII, organisme de formation…)."
        )
        var found: [LanguageSkill: CEFRLevel] = [:]
        for skill in LanguageSkill.allCases {
            let level = PathwayField.level(
                levels[skill.rawValue] ?? "",
                field: "level-\(skill.rawValue)",
                label: "le niveau en \(skill.frenchLabel)",
                required: false,
                &errors
            )
            found[skill] = level
        }
        if found.isEmpty, errors.messages.count == before {
            errors.add(
                "level-\(LanguageSkill.oralComprehension.rawValue)",
                "Indiquez le niveau d'au moins une compétence."
            )
        }
        guard errors.messages.count == before, let day, let who else { return nil }
        return Valid(date: day, assessor: who, levels: found)
    }
}
