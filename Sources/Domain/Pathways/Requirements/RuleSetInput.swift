import Foundation

/// A rule set as national steering edits it: its validity dates and, per title, the level and exam required and the
/// exemptions. Saving writes a new revision; the history keeps every earlier one.
public struct RuleSetInput: Sendable, Equatable {
    public var version = ""
    public var validFrom = ""
    public var validUntil = ""
    /// Typed fields per title, keyed by `ResidenceTitle.rawValue`.
    public var titles: [String: TitleFields] = [:]
    public var note = ""

    public init() {}

    /// The typed fields of one title's rule.
    public struct TitleFields: Sendable, Equatable {
        public var requiredLevel = ""
        public var aimedLevel = ""
        public var civicExamRequired = false
        public var protectionExemptFromLevel = false
        public var protectionExemptFromCivicExam = false
        public var renewalExempt = false

        public init() {}

        /// The fields showing an existing rule, to prefill the form.
        public init(_ rule: TitleRule) {
            requiredLevel = rule.requiredLevel?.rawValue ?? ""
            aimedLevel = rule.aimedLevel?.rawValue ?? ""
            civicExamRequired = rule.civicExamRequired
            protectionExemptFromLevel = rule.protectionExemptFromLevel
            protectionExemptFromCivicExam = rule.protectionExemptFromCivicExam
            renewalExempt = rule.renewalExempt
        }
    }

    /// Checks the set against the others of the catalogue (`others`, without the edited one): periods must not overlap.
    public func validate(
        others: [RequirementRuleSet],
        _ errors: inout FieldErrors
    ) -> (
        set: RequirementRuleSet, note: String
    )? {
        let before = errors.messages.count
        let name = version.trimmingCharacters(in: .whitespacesAndNewlines)
        if name.isEmpty || name.count > 120 {
            errors.add("ruleVersion", "Nommez la version en 120 caractères au plus, par exemple « 2027-01-01 loi … ».")
        }
        let from = CalendarDay(iso: validFrom.trimmingCharacters(in: .whitespaces))
        if from == nil { errors.add("ruleFrom", "Saisissez le premier jour d'application, par exemple 2027-01-01.") }
        var until: CalendarDay?
        let typedUntil = validUntil.trimmingCharacters(in: .whitespaces)
        if !typedUntil.isEmpty {
            until = CalendarDay(iso: typedUntil)
            if until == nil {
                errors.add(
                    "ruleUntil",
                    "Saisissez le dernier jour d'application sous la forme AAAA-MM-JJ, ou laissez vide."
                )
            } else if let from, let until, until < from {
                errors.add("ruleUntil", "Le dernier jour ne peut pas précéder le premier.")
            }
        }
        if others.contains(where: { $0.version == name }) {
            errors.add("ruleVersion", "Une autre version porte déjà ce nom.")
        }
        var rules: [TitleRule] = []
        for title in ResidenceTitle.allCases {
            let fields = titles[title.rawValue] ?? TitleFields()
            let required = PathwayField.level(
                fields.requiredLevel,
                field: "required-\(title.rawValue)",
                label: "le niveau exigé",
                required: false,
                &errors
            )
            let aimed = PathwayField.level(
                fields.aimedLevel,
                field: "aimed-\(title.rawValue)",
                label: "le niveau visé",
                required: false,
                &errors
            )
            rules.append(
                TitleRule(
                    title: title,
                    requiredLevel: required,
                    aimedLevel: aimed,
                    civicExamRequired: fields.civicExamRequired,
                    protectionExemptFromLevel: fields.protectionExemptFromLevel,
                    protectionExemptFromCivicExam: fields.protectionExemptFromCivicExam,
                    renewalExempt: fields.renewalExempt
                )
            )
        }
        let comment = note.trimmingCharacters(in: .whitespacesAndNewlines)
        if comment.isEmpty || comment.count > 500 {
            errors.add("ruleNote", "Expliquez la modification et citez le texte (500 caractères au plus).")
        }
        guard errors.messages.count == before, let from else { return nil }
        let set = RequirementRuleSet(version: name, validFrom: from, validUntil: until, rules: rules)
        if let clash = others.first(where: { !RequirementCatalogue.overlappingVersions(in: [$0, set]).isEmpty }) {
            errors.add(
                "ruleFrom",
                "Ces dates chevauchent la version « \(clash.version) » : raccourcissez-la d'abord, ou changez les dates."
            )
            return nil
        }
        return (set, comment)
    }
}
