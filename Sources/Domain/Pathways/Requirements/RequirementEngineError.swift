/// Cas où le moteur ne peut pas évaluer, plutôt que de deviner une règle.
public enum RequirementEngineError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Aucun jeu de règles ne couvre la date du dépôt.
    case noRuleSet(date: CalendarDay)
    /// Le jeu de règles applicable ne contient pas ce titre.
    case noRuleForTitle(title: ResidenceTitle, ruleVersion: String)

    /// Explication en français.
    public var description: String {
        switch self {
        case .noRuleSet(let date):
            "aucun jeu de règles ne couvre un dépôt le \(date.french)"
        case .noRuleForTitle(let title, let ruleVersion):
            "le jeu de règles « \(ruleVersion) » ne prévoit rien pour : \(title.frenchLabel)"
        }
    }
}
