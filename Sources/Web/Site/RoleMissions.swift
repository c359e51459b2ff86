import Domain

/// The main jobs each role can do in Parcours today (only what is built),
/// and its data access.
enum RoleMissions {
    static func missions(for role: Role) -> [String] {
        switch role {
        case .referent:
            [
                "Suivre au quotidien les ménages qui vous sont confiés", "Construire les plans d'accompagnement",
                "Tenir les entretiens et les étapes du parcours",
            ]
        case .responsable:
            [
                "Affecter les ménages orientés aux référents", "Équilibrer les portefeuilles",
                "Produire le rapport d'activité mensuel",
            ]
        case .ofii: ["Orienter les ménages vers l'opérateur AGIR du département", "Suivre l'état des orientations"]
        case .prefecture:
            [
                "Suivre les indicateurs d'AGIR du département et les comparer entre opérateurs",
                "Confronter l'offre de formation linguistique aux besoins, commune par commune",
                "Piloter les crédits du programme 104 et les appels à projets",
                "Suivre les contrats territoriaux d'accueil et d'intégration (CTAI)",
                "Labelliser les événements de la Semaine de l'intégration, tenir les rencontres territoriales et "
                    + "relire les récits de parcours",
            ]
        case .dreets:
            [
                "Suivre les indicateurs d'AGIR de la région et les comparer entre départements",
                "Répartir les enveloppes du BOP 104", "Tenir les rencontres territoriales régionales",
            ]
        case .national:
            [
                "Suivre les indicateurs d'AGIR de la France entière, région par région",
                "Tenir à jour le déploiement d'AGIR et les règles d'exigence linguistique et civique",
                "Produire l'extrait statistique pseudonymisé hebdomadaire",
                "Programmer les éditions de la Semaine de l'intégration",
            ]
        case .partenaire:
            [
                "Organisme de formation : déclarer vos formations linguistiques, inscrire les personnes, saisir les "
                    + "présences et les résultats"
            ]
        case .dpo: ["Consulter le journal d'audit : qui a vu ou modifié quoi"]
        case .admin: ["Gérer les comptes et les organisations", "Régler les paramètres de la plateforme"]
        }
    }

    static func dataAccess(for role: Role) -> String {
        switch role {
        case .referent: "Vous voyez les données nominatives des ménages de votre organisation dans vos départements."
        case .responsable: "Vous voyez les données nominatives des ménages de toute votre organisation."
        case .ofii: "Vous ne voyez que les données d'orientation."
        case .prefecture, .dreets, .national:
            "Vous ne voyez que des données pseudonymisées et agrégées ; les effectifs inférieurs à 5 sont masqués."
        case .partenaire: "Vous ne voyez que les personnes que vous accompagnez, dans votre domaine d'intervention."
        case .dpo: "Vous ne voyez que le journal d'audit."
        case .admin: "Vous ne voyez aucune donnée nominative des personnes accompagnées."
        }
    }
}
