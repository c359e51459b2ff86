import Domain

/// The main jobs and the data access of each role, as the design brief states them (§2).
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
                "Piloter les crédits et les appels à projets",
                "Suivre les contrats territoriaux d'accueil et d'intégration (CTAI)", "Organiser les événements",
                "Consulter le tableau de bord départemental",
                "Labelliser les événements de la Semaine de l'intégration, tenir les rencontres territoriales et "
                    + "relire les récits de parcours",
            ]
        case .dreets:
            [
                "Répartir les enveloppes du BOP 104", "Consulter le tableau de bord régional",
                "Tenir les rencontres territoriales régionales",
            ]
        case .national:
            [
                "Consulter le tableau de bord national", "Tenir les référentiels et les règles à jour",
                "Programmer les éditions de la Semaine de l'intégration",
            ]
        case .partenaire:
            [
                "Déposer les demandes de subvention et les comptes rendus",
                "Suivre les actions des CTAI et les événements", "Suivre les personnes que vous accompagnez",
                "Organisme de formation : déclarer vos formations linguistiques, saisir les présences et les résultats",
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
