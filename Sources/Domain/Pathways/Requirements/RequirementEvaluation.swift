/// Résultat de l'évaluation d'une demande : ce qui est exigé, ce qui est rempli, et pourquoi.
public struct RequirementEvaluation: Sendable, Codable, Equatable {
    /// Niveau exigé après dispenses (nil si aucun niveau n'est exigé de cette personne pour cette demande).
    public let requiredLevel: CEFRLevel?
    /// Vrai si l'examen civique est exigé de cette personne pour cette demande, après dispenses.
    public let civicExamRequired: Bool
    /// Vrai si toutes les conditions sont remplies.
    public let met: Bool
    /// Conditions vérifiées, dans un ordre stable : dispenses, niveau global, quatre compétences, examen civique.
    public let conditions: [RequirementCondition]
    /// Meilleur niveau valable par compétence à la date du dépôt.
    public let bestLevels: [LanguageSkill: CEFRLevel]
    /// Premier jour où une attestation (non diplôme) actuellement prise en compte cesse de compter ; nil si aucune.
    public let proofsValidUntil: CalendarDay?
    /// Version du jeu de règles appliqué, par exemple « 2026-01-01 loi 2024-42 ».
    public let ruleVersion: String

    /// Crée une évaluation ; `met` se déduit des conditions.
    public init(
        requiredLevel: CEFRLevel?,
        civicExamRequired: Bool,
        conditions: [RequirementCondition],
        bestLevels: [LanguageSkill: CEFRLevel],
        proofsValidUntil: CalendarDay?,
        ruleVersion: String
    ) {
        self.requiredLevel = requiredLevel
        self.civicExamRequired = civicExamRequired
        self.met = conditions.allSatisfy(\.met)
        self.conditions = conditions
        self.bestLevels = bestLevels
        self.proofsValidUntil = proofsValidUntil
        self.ruleVersion = ruleVersion
    }

    /// Condition portant ce code, ou nil.
    public func condition(_ code: String) -> RequirementCondition? {
        conditions.first { $0.code == code }
    }

    /// Conditions non remplies.
    public var unmetConditions: [RequirementCondition] {
        conditions.filter { !$0.met }
    }
}
