import Domain

/// What the demo contracts hold: their axes and actions, written as a prefecture would.
extension DemoContracts {
    /// One demo action: its axis (index), title, lead (an organisation of the demo by kind, or a name), public,
    /// the QPV it serves, its yearly funding by source (euros) and one indicator with its yearly target.
    struct PlannedAction {
        let axis: Int
        let title: String
        let lead: OrganisationKind?
        let leadName: String
        let partners: String
        let audience: String
        let qpv: [String]
        let funding: [(FundingSource, Int)]
        let indicator: (label: String, unit: String, target: Int)
    }

    static let refugees = "Bénéficiaires de la protection internationale arrivés depuis moins de 5 ans"
    static let newcomers = "Étrangers primo-arrivants en situation régulière (moins de 5 ans de séjour)"

    /// The four axes of the CTAI with the Métropole de Lyon.
    static let metropoleAxes: [(IntegrationDomain, String)] = [
        (.french, "Apprendre le français vers l'A2"), (.employment, "Accéder à l'emploi et à la formation"),
        (.housing, "Se loger durablement"), (.rights, "Accéder aux droits et à la santé"),
    ]

    /// Its ten actions.
    static let metropoleActions: [PlannedAction] = [
        .init(
            axis: 0,
            title: "Ateliers sociolinguistiques dans les centres sociaux",
            lead: .trainingProvider,
            leadName: "",
            partners: "Centres sociaux de Vénissieux et Vaulx-en-Velin",
            audience: newcomers,
            qpv: ["QN06913M", "QN06916M"],
            funding: [(.p104, 45_000), (.p147, 15_000)],
            indicator: ("Personnes ayant suivi au moins 30 heures", "personnes", 120)
        ),
        .init(
            axis: 0,
            title: "Français à visée professionnelle",
            lead: .trainingProvider,
            leadName: "",
            partners: "France Travail",
            audience: refugees,
            qpv: [],
            funding: [(.p104, 38_000), (.amif, 20_000)],
            indicator: ("Personnes atteignant A2 à l'oral", "personnes", 60)
        ),
        .init(
            axis: 0,
            title: "Garde d'enfants pendant les cours",
            lead: .localAuthority,
            leadName: "",
            partners: "",
            audience: newcomers,
            qpv: ["QN06901M"],
            funding: [(.localAuthority, 18_000)],
            indicator: ("Places de garde proposées", "places", 25)
        ),
        .init(
            axis: 1,
            title: "Parrainage vers l'emploi",
            lead: .association,
            leadName: "",
            partners: "Entreprises du Grand Lyon",
            audience: refugees,
            qpv: ["QN06913M"],
            funding: [(.p104, 30_000), (.localAuthority, 10_000)],
            indicator: ("Personnes en emploi durable à 6 mois", "personnes", 40)
        ),
        .init(
            axis: 1,
            title: "Reconnaissance des diplômes et des compétences",
            lead: nil,
            leadName: "Plateforme d'accompagnement à la reconnaissance des qualifications (démo)",
            partners: "ENIC-NARIC",
            audience: refugees,
            qpv: [],
            funding: [(.p104, 22_000)],
            indicator: ("Dossiers de reconnaissance déposés", "dossiers", 80)
        ),
        .init(
            axis: 1,
            title: "Permis de conduire et mobilité vers l'emploi",
            lead: .association,
            leadName: "",
            partners: "Auto-école sociale",
            audience: newcomers,
            qpv: ["QN06909M"],
            funding: [(.p104, 15_000), (.p147, 12_000)],
            indicator: ("Permis obtenus", "personnes", 20)
        ),
        .init(
            axis: 2,
            title: "Accès au logement social des réfugiés",
            lead: .localAuthority,
            leadName: "",
            partners: "Bailleurs sociaux, SIAO",
            audience: refugees,
            qpv: [],
            funding: [(.p104, 50_000), (.localAuthority, 30_000)],
            indicator: ("Baux signés", "ménages", 70)
        ),
        .init(
            axis: 2,
            title: "Colocations solidaires pour les jeunes réfugiés",
            lead: nil,
            leadName: "Association Toit Partagé (démo)",
            partners: "",
            audience: "Réfugiés de 18 à 25 ans",
            qpv: [],
            funding: [(.p104, 25_000), (.other, 8_000)],
            indicator: ("Jeunes logés", "personnes", 30)
        ),
        .init(
            axis: 3,
            title: "Permanences d'accès aux droits en quartier",
            lead: .association,
            leadName: "",
            partners: "CAF du Rhône, CPAM du Rhône",
            audience: newcomers,
            qpv: ["QN06913M", "QN06901M", "QN06916M"],
            funding: [(.p104, 20_000), (.p147, 20_000)],
            indicator: ("Personnes reçues", "personnes", 300)
        ),
        .init(
            axis: 3,
            title: "Interprétariat pour les consultations de santé",
            lead: nil,
            leadName: "Service d'interprétariat médical (démo)",
            partners: "Hospices civils de Lyon",
            audience: refugees,
            qpv: [],
            funding: [(.p104, 18_000), (.amif, 12_000)],
            indicator: ("Consultations interprétées", "consultations", 900)
        ),
    ]

    /// The contrat de ville counted as CTAI: two axes and three actions in the QPV of Villefranche-sur-Saône.
    static let cityAxes: [(IntegrationDomain, String)] = [
        (.french, "Apprendre le français dans les quartiers"), (.employment, "Insertion professionnelle"),
    ]
    static let cityActions: [PlannedAction] = [
        .init(
            axis: 0,
            title: "Cours de français de proximité à Belleroche",
            lead: .trainingProvider,
            leadName: "",
            partners: "Centre social de Belleroche",
            audience: newcomers,
            qpv: ["QN06906M"],
            funding: [(.p147, 14_000), (.p104, 10_000)],
            indicator: ("Apprenants", "personnes", 40)
        ),
        .init(
            axis: 0,
            title: "Accompagnement à l'examen civique",
            lead: .association,
            leadName: "",
            partners: "",
            audience: newcomers,
            qpv: ["QN06904I", "QN06905I"],
            funding: [(.p104, 8_000)],
            indicator: ("Personnes préparées", "personnes", 35)
        ),
        .init(
            axis: 1,
            title: "Chantier d'insertion au Garet",
            lead: nil,
            leadName: "Régie de quartier (démo)",
            partners: "France Travail",
            audience: "Habitants des quartiers prioritaires, dont primo-arrivants",
            qpv: ["QN06904I"],
            funding: [(.p147, 25_000), (.localAuthority, 15_000)],
            indicator: ("Contrats d'insertion signés", "contrats", 12)
        ),
    ]
}
