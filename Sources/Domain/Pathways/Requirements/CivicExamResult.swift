/// Résultat d'une session d'examen civique (arrêté du 10 octobre 2025).
public struct CivicExamResult: Sendable, Codable, Equatable {
    /// Nombre de questions du questionnaire (28 de connaissance, 12 de mise en situation).
    public static let questionCount = 40
    /// Seuil de réussite : 80 % de bonnes réponses, soit 32/40.
    public static let passMark = 32
    /// Durée de l'interdiction de se présenter après une fraude.
    public static let fraudBanYears = 2

    /// Mention de l'examen : « carte de séjour pluriannuelle », « carte de résident » ou « naturalisation ».
    public let version: ResidenceTitle
    /// Date de la session.
    public let date: CalendarDay
    /// Nombre de bonnes réponses sur 40.
    public let score: Int
    /// Vrai si la session a été annulée pour fraude, ce qui ouvre une interdiction de deux ans.
    public let fraud: Bool

    /// Crée un résultat ; `fraud` vaut faux par défaut.
    public init(version: ResidenceTitle, date: CalendarDay, score: Int, fraud: Bool = false) {
        self.version = version
        self.date = date
        self.score = score
        self.fraud = fraud
    }

    /// Vrai si le score atteint 32/40 sans fraude ; un score hors de 0…40 est une donnée invalide et ne réussit pas.
    public var isPassing: Bool {
        !fraud && (CivicExamResult.passMark...CivicExamResult.questionCount).contains(score)
    }

    /// Premier jour où la personne peut de nouveau réussir l'examen après une fraude (date + 2 ans) ; nil sans fraude.
    public var banEndsOn: CalendarDay? {
        fraud ? date.adding(years: CivicExamResult.fraudBanYears) : nil
    }

    /// Vrai si une session tenue à `day` tombe dans l'interdiction ouverte par cette fraude : du jour de la fraude inclus
    /// au deuxième anniversaire exclu.
    public func bans(sessionOn day: CalendarDay) -> Bool {
        guard let end = banEndsOn else { return false }
        return date <= day && day < end
    }
}
