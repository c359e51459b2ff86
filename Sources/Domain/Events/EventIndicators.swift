extension IndicatorCatalogue {
    /// Events of an edition of the Semaine de l'intégration that were published or held.
    public static let weekEvents = IndicatorDefinition(
        code: "SEMAINE_EVENEMENTS",
        label: "Événements de la Semaine de l'intégration",
        definition: "Événements d'une édition publiés sur le calendrier public ou réalisés (les annulés exclus).",
        formula: "Nombre d'événements à l'état « publié » ou « réalisé » de l'édition, par département du lieu.",
        unit: .count,
        target: nil,
        source: "Parcours : événements déclarés par les préfectures et labellisés",
        version: 1
    )
    /// People counted at the held events of an edition.
    public static let weekParticipants = IndicatorDefinition(
        code: "SEMAINE_PARTICIPANTS",
        label: "Participants à la Semaine de l'intégration",
        definition: "Personnes comptées par les organisateurs après les événements réalisés, toutes catégories.",
        formula: "Somme des participants par catégorie saisis au bilan des événements réalisés de l'édition.",
        unit: .count,
        target: nil,
        source: "Parcours : bilans des événements",
        version: 1
    )
    /// Registrations to events of an edition.
    public static let weekRegistrations = IndicatorDefinition(
        code: "SEMAINE_INSCRIPTIONS",
        label: "Inscriptions aux événements",
        definition:
            "Places prises par les inscriptions publiques aux événements sur inscription (liste d'attente exclue).",
        formula: "Somme des inscrits des événements publiés ou réalisés de l'édition ; conservée après l'effacement "
            + "des inscrits, trois mois après chaque événement.",
        unit: .count,
        target: nil,
        source: "Parcours : inscriptions en ligne",
        version: 1
    )
    /// Rencontres territoriales held.
    public static let meetingsHeld = IndicatorDefinition(
        code: "RENCONTRES_TENUES",
        label: "Rencontres territoriales tenues",
        definition: "Rencontres territoriales de l'intégration enregistrées, départementales ou régionales.",
        formula: "Nombre de rencontres dont la date tombe dans la période.",
        unit: .count,
        target: nil,
        source: "Parcours : rencontres enregistrées par les préfectures et DREETS",
        version: 1
    )
    /// Open decisions of rencontres past their due date.
    public static let overdueDecisions = IndicatorDefinition(
        code: "DECISIONS_EN_RETARD",
        label: "Décisions de rencontres en retard",
        definition: "Décisions des rencontres territoriales toujours en cours après leur échéance.",
        formula: "Nombre de décisions « en cours » dont l'échéance est passée, au jour de la consultation.",
        unit: .count,
        target: 0,
        source: "Parcours : suivi des décisions aux rencontres suivantes",
        version: 1
    )

    /// The indicators of communication and remobilisation (priority 4 of the 2024 instruction).
    public static let communication: [IndicatorDefinition] = [
        weekEvents, weekParticipants, weekRegistrations, meetingsHeld, overdueDecisions,
    ]
}
