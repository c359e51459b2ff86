/// Exigences d'intégration pour la première demande d'un titre, selon un jeu de règles daté.
///
/// Dispenses liées à la protection (décisions tirées de shared/reference/domain-facts.md) :
/// - BPI (réfugié, protection subsidiaire) : dispensés de l'A2 de la carte de séjour pluriannuelle, qu'ils reçoivent
///   « de plein droit » (§2.3 : « The A2 requirement for the CSP does not apply to BPI, who receive their residence card
///   or multi-year card by right (art. 20) »). Un titre délivré de plein droit n'est pas soumis à la condition
///   d'intégration : ils sont donc aussi dispensés de l'examen civique pour ce titre (la fiche refugies.info du
///   ministère de l'Intérieur le confirme : pas d'examen civique pour un titre de séjour avec la protection de l'OFPRA).
/// - Apatrides : même régime que la protection subsidiaire (§6 : « stateless persons: CSP of 4 years (law of 2018) »,
///   à côté de la CSP de 4 ans de la protection subsidiaire ; §2.4 range les apatrides avec les BPI pour le contrat
///   d'engagement ; §1.2 : « Forum réfugiés also counts stateless persons »).
/// - Naturalisation : aucune dispense liée à la protection (les sources n'en citent pas pour le B2 ni pour l'examen).
/// - Carte de résident : les sources ne citent explicitement que l'A2 de la CSP ; on garde donc B1 et examen exigés,
///   et un seul indicateur de données suffit à changer ce choix.
public struct TitleRule: Sendable, Codable, Equatable {
    public let title: ResidenceTitle
    /// Niveau exigé dans chacune des quatre compétences pour une première demande ; nil si aucun niveau n'est exigé.
    public let requiredLevel: CEFRLevel?
    /// Niveau seulement visé par la formation, sans être exigé (A1 pour la CSP avant 2026, avec assiduité) ; nil sinon.
    public let aimedLevel: CEFRLevel?
    /// Vrai si la réussite de l'examen civique, dans la version du titre, est exigée.
    public let civicExamRequired: Bool
    /// Vrai si réfugiés, bénéficiaires de la protection subsidiaire et apatrides sont dispensés du niveau.
    public let protectionExemptFromLevel: Bool
    /// Vrai si réfugiés, bénéficiaires de la protection subsidiaire et apatrides sont dispensés de l'examen civique.
    public let protectionExemptFromCivicExam: Bool
    /// Vrai si un renouvellement n'est soumis ni au niveau ni à l'examen.
    public let renewalExempt: Bool

    /// Crée une règle ; `aimedLevel` est facultatif.
    public init(
        title: ResidenceTitle,
        requiredLevel: CEFRLevel?,
        aimedLevel: CEFRLevel? = nil,
        civicExamRequired: Bool,
        protectionExemptFromLevel: Bool,
        protectionExemptFromCivicExam: Bool,
        renewalExempt: Bool
    ) {
        self.title = title
        self.requiredLevel = requiredLevel
        self.aimedLevel = aimedLevel
        self.civicExamRequired = civicExamRequired
        self.protectionExemptFromLevel = protectionExemptFromLevel
        self.protectionExemptFromCivicExam = protectionExemptFromCivicExam
        self.renewalExempt = renewalExempt
    }
}
