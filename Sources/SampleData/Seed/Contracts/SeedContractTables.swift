import Domain

/// The vocabulary of generated contracts: action titles, indicators and leads per domain, and the kind of a local
/// authority read from its name.
enum SeedContractTables {
    /// Titles of actions, an indicator (label, unit) and a generic lead, per domain.
    static let actions: [IntegrationDomain: (titles: [String], indicator: (String, String), lead: String)] = [
        .french: (
            [
                "Ateliers sociolinguistiques", "Français à visée professionnelle", "Cours de français de proximité",
                "Préparation aux certifications A2 et B1",
            ],
            ("Apprenants ayant suivi au moins 30 heures", "personnes"), "Centre social"
        ),
        .employment: (
            [
                "Parrainage vers l'emploi", "Découverte des métiers en tension", "Reconnaissance des qualifications",
                "Chantier d'insertion",
            ],
            ("Personnes en emploi ou en formation à 6 mois", "personnes"), "Structure d'insertion"
        ),
        .housing: (
            ["Accès au logement social", "Intermédiation locative", "Colocations solidaires"],
            ("Ménages relogés durablement", "ménages"), "Association de logement"
        ),
        .rights: (
            ["Permanences d'accès aux droits", "Accompagnement aux démarches en ligne"],
            ("Personnes reçues", "personnes"), "Point d'accès au droit"
        ),
        .health: (
            ["Interprétariat en santé", "Bilans de santé et accès aux soins"],
            ("Consultations accompagnées", "consultations"),
            "Réseau de santé"
        ),
        .digital: (
            ["Ateliers numériques", "Prêt d'ordinateurs et accompagnement"],
            ("Personnes formées au numérique", "personnes"),
            "Espace numérique"
        ),
        .mobility: (
            ["Apprentissage du vélo et des transports", "Permis de conduire solidaire"],
            ("Permis ou titres obtenus", "personnes"),
            "Plateforme de mobilité"
        ),
        .civilSociety: (
            ["Parrainage citoyen", "Bénévolat et vie associative"], ("Binômes de parrainage", "binômes"),
            "Association de quartier"
        ),
        .sportCulture: (
            ["Sport pour tous", "Sorties culturelles et médiathèques"], ("Participants", "personnes"),
            "Club et centre culturel"
        ),
    ]

    /// The kind of a local authority read from the name of the QPV list (EPT of Greater Paris, CU, CA, CC, métropole).
    static func authorityKind(_ name: String) -> LocalAuthorityKind {
        if name.hasPrefix("EPT Ville de Paris") { return .commune }
        if name.hasPrefix("EPT") { return .territorialPublicBody }
        if name.hasPrefix("Communauté urbaine") { return .urbanCommunity }
        if name.hasPrefix("Communauté d'agglomération") || name.hasPrefix("CA ") { return .agglomeration }
        if name.hasPrefix("Communauté de communes") || name.hasPrefix("CC ") { return .communityOfCommunes }
        if name.contains("étropole") { return .metropole }
        return .agglomeration
    }

    /// A name as shown: the list writes "œ" as a stray control character in a few names.
    static func cleaned(_ name: String) -> String { name.replacingOccurrences(of: "\u{9C}", with: "œ") }
}
