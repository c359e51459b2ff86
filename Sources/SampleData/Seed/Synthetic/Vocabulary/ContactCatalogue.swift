/// Short, neutral French notes for contacts (never asylum narratives, never health details).
enum ContactCatalogue {
    /// The note of the welcome interview.
    static let welcomeNote = "Entretien d'accueil et présentation du programme"
    /// The note of the exit interview.
    static let exitNote = "Bilan de fin d'accompagnement"
    /// Notes typical of the first three months.
    static let earlyNotes = [
        "Point sur le dossier CAF", "Accompagnement à l'ouverture du compte bancaire",
        "Élaboration du contrat d'engagement", "Point sur les documents d'état civil",
        "Aide à la création des comptes en ligne", "Préparation de l'inscription à France Travail",
        "Point sur les cours de français de l'OFII", "Relance de documents manquants",
        "Point sur la demande de logement social",
        "Aide à la lecture de courriers administratifs", "Point sur l'ouverture des droits",
    ]
    /// Notes of the rest of the support.
    static let laterNotes = [
        "Point d'étape sur le contrat d'engagement", "Préparation de l'entretien France Travail",
        "Point sur la demande de logement social", "Point sur la recherche d'emploi", "Rédaction du CV",
        "Point sur la formation en cours", "Préparation d'un entretien d'embauche", "Point sur le contrat de travail",
        "Point sur le budget du ménage", "Aide à la déclaration trimestrielle de ressources",
        "Échange avec la conseillère France Travail", "Point sur la mobilité et les transports",
        "Préparation de l'inscription à l'auto-école",
        "Point sur la demande de reconnaissance du diplôme", "Renouvellement du titre de séjour",
        "Rendez-vous reporté à la demande du ménage", "Point général sur la situation", "Point sur le dossier CAF",
        "Point sur la mise à jour de la demande de logement social",
    ]
    /// Notes about children, for households with children.
    static let childNotes = [
        "Inscription des enfants à l'école", "Point sur la scolarité des enfants", "Point sur la garde des enfants",
        "Demande de place en crèche", "Inscription des enfants à la cantine",
    ]
    /// Notes of the weeks before moving into lasting housing.
    static let beforeMoveNotes = [
        "Préparation de la visite de logement", "Préparation du dossier pour la commission d'attribution",
        "Accompagnement à la signature du bail", "Demande d'aide pour le dépôt de garantie",
    ]
    /// Notes of the weeks after moving into lasting housing.
    static let afterMoveNotes = [
        "Installation dans le nouveau logement", "Point sur l'assurance habitation", "Échange avec le bailleur",
        "Ouverture des contrats d'énergie", "Point sur les factures d'énergie", "Visite du nouveau logement",
    ]
    /// Contact modes, weighted.
    static let modes = WeightedTable<String>([
        ("presentiel", 48), ("telephone", 36), ("visio", 6), ("visite_domicile", 10),
    ])

    /// A plausible duration in minutes for a contact mode, in steps of five minutes.
    static func minutes(mode: String, _ rng: inout SplitMix64) -> Int {
        switch mode {
        case "telephone": 5 * rng.int(in: 3...6)
        case "visio": 5 * rng.int(in: 4...12)
        case "visite_domicile": 5 * rng.int(in: 9...24)
        default: 5 * rng.int(in: 6...18)
        }
    }
}
