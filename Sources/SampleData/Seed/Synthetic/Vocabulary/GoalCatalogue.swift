/// French goal titles and action wordings for one diagnosis domain.
struct DomainTexts: Sendable {
    /// Possible goal titles.
    let titles: [String]
    /// Possible actions, roughly in the order they are usually carried out.
    let actions: [String]
}

/// Goal and action wordings, aligned with `SyntheticVocabulary.diagnosisDomains`.
enum GoalCatalogue {
    /// Texts per domain, in the order of the diagnosis domains.
    static let byDomain: [DomainTexts] = [
        DomainTexts(
            titles: [
                "Ouvrir et maintenir les droits sociaux", "Sécuriser la situation administrative",
                "Accéder aux prestations sociales",
            ],
            actions: [
                "Constituer le dossier CAF", "Créer l'espace personnel sur le site de la CAF",
                "Ouvrir un compte bancaire", "Demander la reconstitution de l'état civil auprès de l'OFPRA",
                "Déclarer les ressources trimestrielles", "Faire la demande de prime d'activité",
                "Renouveler le titre de séjour", "Demander la carte de résident",
                "Demander la tarification solidaire des transports",
            ]
        ),
        DomainTexts(
            titles: [
                "Accéder à un logement pérenne", "Obtenir un logement social", "Préparer l'entrée dans le logement",
            ],
            actions: [
                "Déposer une demande de logement social", "Constituer le dossier SIAO",
                "Demander la garantie Visale", "Visiter le logement proposé",
                "Constituer le dossier pour la commission d'attribution",
                "Demander l'aide du FSL pour le dépôt de garantie", "Souscrire une assurance habitation",
                "Ouvrir les contrats d'énergie", "Préparer l'état des lieux d'entrée",
                "Faire la demande d'aide au logement", "Renouveler la demande de logement social",
            ]
        ),
        DomainTexts(
            titles: [
                "Accéder à un emploi durable", "Construire un projet professionnel", "Entrer en formation qualifiante",
            ],
            actions: [
                "S'inscrire à France Travail", "Rédiger le CV",
                "Préparer l'entretien avec le conseiller France Travail",
                "Demander la reconnaissance du diplôme étranger", "Participer à un atelier de recherche d'emploi",
                "Réaliser une immersion professionnelle", "Candidater à une formation qualifiante",
                "Postuler à des offres d'emploi", "Rencontrer la mission locale", "Préparer un entretien d'embauche",
            ]
        ),
        DomainTexts(
            titles: ["Progresser en français", "Atteindre le niveau A2", "Valider le niveau A1"],
            actions: [
                "Suivre les cours de français de l'OFII", "Passer le test de positionnement linguistique",
                "S'inscrire à un cours de français", "Rejoindre un atelier sociolinguistique",
                "S'inscrire à un atelier de conversation", "Passer le DELF A2",
                "Utiliser une application d'apprentissage du français",
            ]
        ),
        DomainTexts(
            titles: ["Gagner en autonomie dans les déplacements", "Préparer le permis de conduire"],
            actions: [
                "Demander la tarification solidaire des transports", "Repérer les trajets domicile-travail",
                "S'inscrire au code de la route", "Faire la demande d'échange du permis de conduire",
                "Obtenir un vélo auprès d'une association", "Demander une aide au financement du permis",
            ]
        ),
        DomainTexts(
            titles: ["Accompagner la scolarité des enfants", "Organiser la garde des enfants"],
            actions: [
                "Inscrire les enfants à l'école", "Inscrire les enfants à la cantine", "Demander une place en crèche",
                "Rencontrer l'enseignant", "Inscrire les enfants à une activité périscolaire",
                "Demander l'allocation de rentrée scolaire", "Trouver un mode de garde pendant la formation",
            ]
        ),
        DomainTexts(
            titles: ["Développer l'autonomie numérique", "Réaliser seul les démarches en ligne"],
            actions: [
                "Créer une adresse électronique", "Participer à un atelier numérique",
                "Créer un compte FranceConnect", "Obtenir un équipement informatique solidaire",
                "Réaliser une démarche en ligne avec le référent", "Mettre en place un coffre-fort numérique",
            ]
        ),
        DomainTexts(
            titles: ["Stabiliser le budget du ménage", "Gérer les dépenses courantes"],
            actions: [
                "Établir un budget mensuel", "Mettre en place les prélèvements des charges",
                "Demander le chèque énergie", "Rencontrer une conseillère en économie sociale et familiale",
                "Mettre en place un plan d'apurement de dette", "Ouvrir un livret d'épargne",
            ]
        ),
    ]

    /// Outcomes of a completed action.
    static let doneOutcomes = [
        "Réalisée", "Démarche aboutie", "Dossier déposé", "Rendez-vous honoré", "Inscription confirmée",
        "Attestation reçue", "Réalisée avec l'aide du référent",
    ]
    /// Outcomes of an abandoned action.
    static let abandonedOutcomes = [
        "N'est plus nécessaire", "Remplacée par une autre démarche", "La personne n'a pas souhaité poursuivre",
        "Délai dépassé, à reprogrammer", "Fin de l'accompagnement",
    ]
}
