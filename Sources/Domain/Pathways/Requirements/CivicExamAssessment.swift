/// Verdict sur l'examen civique d'une personne pour un titre, à une date de dépôt.
///
/// Décisions : une réussite n'expire pas (domain-facts §2.4 ne fixe aucune durée de validité à l'attestation, au
/// contraire des certifications de langue ; le ministère la dit « valable à vie ») ; une fraude interdit de réussir
/// toute version pendant deux ans (§2.4 : « Fraud leads to a 2-year ban »), du jour de la fraude inclus au deuxième
/// anniversaire exclu ; une réussite antérieure à la fraude reste acquise, puisque l'interdiction vise les sessions.
public enum CivicExamAssessment: Sendable, Equatable {
    /// Une session de la bonne version, réussie hors interdiction.
    case passed(CivicExamResult)
    /// Aucune session valable ; le détail dit pourquoi.
    case notPassed(reason: String)

    /// Évalue les sessions tenues au plus tard le jour du dépôt.
    public init(exams: [CivicExamResult], title: ResidenceTitle, on date: CalendarDay) {
        let held = exams.filter { $0.date <= date }
        let frauds = held.filter(\.fraud)
        let sameVersion = held.filter { $0.version == title }
        let valid = sameVersion.filter { exam in
            exam.isPassing && !frauds.contains { $0.bans(sessionOn: exam.date) }
        }
        if let latest = valid.max(by: { $0.date < $1.date }) {
            self = .passed(latest)
            return
        }
        self = .notPassed(
            reason: CivicExamAssessment.reason(
                title: title,
                date: date,
                held: held,
                sameVersion: sameVersion,
                frauds: frauds
            )
        )
    }

    /// Vrai si l'examen est acquis.
    public var isPassed: Bool {
        if case .passed = self { return true }
        return false
    }

    private static func reason(
        title: ResidenceTitle,
        date: CalendarDay,
        held: [CivicExamResult],
        sameVersion: [CivicExamResult],
        frauds: [CivicExamResult]
    ) -> String {
        if let activeBan = frauds.filter({ $0.bans(sessionOn: date) }).max(by: { $0.date < $1.date }),
            let end = activeBan.banEndsOn
        {
            return "interdiction pour fraude depuis le \(activeBan.date.french), "
                + "nouvel examen possible à partir du \(end.french)"
        }
        if let bannedPass = sameVersion.first(where: { exam in
            exam.isPassing && frauds.contains { $0.bans(sessionOn: exam.date) }
        }) {
            return "la session du \(bannedPass.date.french) (\(bannedPass.score)/\(CivicExamResult.questionCount)) "
                + "s'est tenue pendant une interdiction pour fraude et ne compte pas"
        }
        if let best = sameVersion.filter({ !$0.fraud }).max(by: { ($0.score, $0.date) < ($1.score, $1.date) }) {
            return "meilleur score \(best.score)/\(CivicExamResult.questionCount) le \(best.date.french), "
                + "\(CivicExamResult.passMark)/\(CivicExamResult.questionCount) exigés"
        }
        if !sameVersion.isEmpty {
            return "session en version « \(title.frenchLabel) » annulée pour fraude"
        }
        if !held.isEmpty {
            let versions = ResidenceTitle.allCases.filter { title in held.contains { $0.version == title } }
                .map(\.frenchLabel)
            return "aucune session en version « \(title.frenchLabel) » (versions présentées : "
                + versions.joined(separator: ", ") + ")"
        }
        return "aucune session présentée"
    }
}
