/// Jeu de règles daté : la prochaine loi s'ajoute comme un nouveau jeu de données, sans changer le moteur.
public struct RequirementRuleSet: Sendable, Codable, Equatable {
    /// Identifiant lisible, par exemple « 2026-01-01 loi 2024-42 ».
    public let version: String
    /// Premier jour d'application (inclus).
    public let validFrom: CalendarDay
    /// Dernier jour d'application (inclus) ; nil si le jeu est toujours en vigueur.
    public let validUntil: CalendarDay?
    /// Une règle par titre.
    public let rules: [TitleRule]

    /// Crée un jeu de règles.
    public init(version: String, validFrom: CalendarDay, validUntil: CalendarDay?, rules: [TitleRule]) {
        self.version = version
        self.validFrom = validFrom
        self.validUntil = validUntil
        self.rules = rules
    }

    /// Vrai si le jeu s'applique à un dépôt à cette date (bornes incluses).
    public func covers(_ date: CalendarDay) -> Bool {
        guard validFrom <= date else { return false }
        guard let end = validUntil else { return true }
        return date <= end
    }

    /// Règle du titre dans ce jeu, ou nil si le titre n'y figure pas.
    public func rule(for title: ResidenceTitle) -> TitleRule? {
        rules.first { $0.title == title }
    }
}
