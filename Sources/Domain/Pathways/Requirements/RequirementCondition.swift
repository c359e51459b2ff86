/// Une condition vérifiée, avec son code stable, son verdict et une explication en français pour l'agent.
public struct RequirementCondition: Sendable, Codable, Equatable {
    /// Code stable, par exemple `language_written_expression` ou `civic_exam`.
    public let code: String
    /// Vrai si la condition est remplie (ou sans objet).
    public let met: Bool
    /// Explication en français, par exemple « A2 manquant en expression écrite (meilleur niveau valable : A1) ».
    public let explanation: String

    /// Crée une condition.
    public init(code: String, met: Bool, explanation: String) {
        self.code = code
        self.met = met
        self.explanation = explanation
    }
}

/// Codes stables des conditions, partagés par le moteur, l'interface et les tests.
public enum RequirementConditionCode {
    /// Renouvellement dispensé de niveau et d'examen.
    public static let renewalExempt = "renewal_exempt"
    /// Dispense accordée au titre de la protection.
    public static let protectionExemption = "protection_exemption"
    /// Niveau de français dans son ensemble.
    public static let languageLevel = "language_level"
    /// Examen civique.
    public static let civicExam = "civic_exam"

    /// Niveau dans une compétence, par exemple `language_oral_comprehension`.
    public static func language(_ skill: LanguageSkill) -> String {
        "language_" + skill.rawValue
    }
}
