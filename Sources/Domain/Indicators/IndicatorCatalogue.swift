/// The indicators Parcours computes live, as data: the public catalogue page and the dashboards read this list.
public enum IndicatorCatalogue {
    public static let referrals = IndicatorDefinition(
        code: "AGIR_ORIENTATIONS",
        label: "Orientations vers AGIR",
        definition: "Ménages orientés par l'OFII vers l'opérateur AGIR pendant la période.",
        formula: "Nombre d'orientations dont la date d'orientation tombe dans la période.",
        unit: .count,
        target: nil,
        source: "Orientations saisies par l'OFII",
        version: 1
    )
    public static let welcomeDelay = IndicatorDefinition(
        code: "AGIR_DELAI_PREMIER_ENTRETIEN",
        label: "Délai médian de l'orientation au premier entretien",
        definition:
            "Temps qui sépare l'orientation de l'entretien d'accueil, pour les ménages accueillis pendant la période.",
        formula: "Médiane, en jours, de (date de l'entretien d'accueil − date d'orientation).",
        unit: .days,
        target: nil,
        source: "Accompagnement AGIR",
        version: 1
    )
    public static let householdsInSupport = IndicatorDefinition(
        code: "AGIR_MENAGES_ACCOMPAGNES",
        label: "Ménages en accompagnement",
        definition: "Ménages accueillis et pas encore sortis à la fin de la période.",
        formula: "Nombre de ménages dont l'entretien d'accueil précède la fin de la période, sans sortie avant elle.",
        unit: .count,
        target: nil,
        source: "Accompagnement AGIR",
        version: 1
    )
    public static let personsInSupport = IndicatorDefinition(
        code: "AGIR_PERSONNES_ACCOMPAGNEES",
        label: "Personnes en accompagnement",
        definition: "Membres des ménages en accompagnement à la fin de la période.",
        formula: "Nombre de personnes (fiches fusionnées comptées une fois) des ménages en accompagnement.",
        unit: .count,
        target: nil,
        source: "Accompagnement AGIR",
        version: 1
    )
    public static let contractWithinMonth = IndicatorDefinition(
        code: "AGIR_CONTRAT_UN_MOIS",
        label: "Contrats d'engagement signés dans le mois suivant le CIR",
        definition:
            "Part des contrats d'engagement signés pendant la période qui l'ont été au plus tard un mois après le CIR.",
        formula: "Contrats signés au plus tard à l'échéance (CIR + 1 mois) ÷ contrats signés pendant la période.",
        unit: .percent,
        target: nil,
        source: "Accompagnement AGIR",
        version: 1
    )
    public static let exits = IndicatorDefinition(
        code: "AGIR_SORTIES",
        label: "Sorties d'AGIR",
        definition: "Ménages sortis pendant la période, tous motifs (détail par motif dans les tableaux).",
        formula: "Nombre de sorties dont la date tombe dans la période.",
        unit: .count,
        target: nil,
        source: "Accompagnement AGIR",
        version: 1
    )
    public static let housingExit = IndicatorDefinition(
        code: "AGIR_SORTIE_LOGEMENT",
        label: "Sorties vers un logement durable",
        definition:
            "Part des sorties de la période vers un logement durable (bail social ou privé, résidence sociale, FJT).",
        formula: "Sorties avec un logement durable ÷ sorties de la période.",
        unit: .percent,
        target: 80,
        source: "Accompagnement AGIR (situation déclarée à la sortie)",
        version: 1
    )
    public static let activityExit = IndicatorDefinition(
        code: "AGIR_SORTIE_EMPLOI_FORMATION",
        label: "Sorties vers un emploi ou une formation durables",
        definition:
            "Part des sorties de la période vers un CDI, un CDD d'au moins 6 mois ou une formation qualifiante.",
        formula: "Sorties avec un emploi ou une formation durables ÷ sorties de la période.",
        unit: .percent,
        target: 60,
        source: "Accompagnement AGIR (situation déclarée à la sortie)",
        version: 1
    )
    public static let franceTravail = IndicatorDefinition(
        code: "AGIR_INSCRITS_FRANCE_TRAVAIL",
        label: "Adultes accompagnés inscrits à France Travail",
        definition:
            "Part des adultes des ménages en accompagnement à la fin de la période dont l'inscription à France Travail est enregistrée.",
        formula:
            "Adultes avec le jalon « inscription à France Travail » à la fin de la période ÷ adultes en accompagnement.",
        unit: .percent,
        target: nil,
        source: "Jalons de l'accompagnement AGIR",
        version: 1
    )
    public static let deployment = IndicatorDefinition(
        code: "AGIR_DEPLOIEMENT",
        label: "Départements couverts par AGIR",
        definition: "Départements où AGIR est déployé à la fin de la période.",
        formula: "Nombre de départements dont la date de déploiement précède la fin de la période.",
        unit: .count,
        target: 94,
        source: "Dates de déploiement tenues par le pilotage national",
        version: 1
    )

    public static let pap11 = IndicatorDefinition(
        code: "CIR_PAP_1_1",
        label: "Signataires du CIR atteignant A1 après la formation prescrite (PAP 1.1)",
        definition:
            "Part des signataires ayant terminé dans la période la formation linguistique prescrite par le CIR qui "
            + "atteignent au moins A1 au test de fin de formation.",
        formula:
            "Signataires atteignant A1 après la formation prescrite ÷ signataires l'ayant terminée dans la période.",
        unit: .percent,
        target: 80,
        source: "Parcours : CIR (fin de formation et niveau atteint), PAP du programme 104, indicateur 1.1",
        version: 1
    )
    public static let a2Attainment = IndicatorDefinition(
        code: "LANGUE_A2",
        label: "Adultes accompagnés justifiant du niveau A2",
        definition:
            "Part des adultes en accompagnement à la fin de la période dont les certifications encore valables ou les "
            + "diplômes attestent au moins A2 dans chacune des quatre compétences (niveau d'une première carte pluriannuelle).",
        formula: "Adultes avec A2 justifié dans les quatre compétences ÷ adultes en accompagnement.",
        unit: .percent,
        target: nil,
        source: "Parcours : certifications et diplômes (une certification compte deux ans)",
        version: 1
    )
    public static let b1Attainment = IndicatorDefinition(
        code: "LANGUE_B1",
        label: "Adultes accompagnés justifiant du niveau B1",
        definition:
            "Part des adultes en accompagnement à la fin de la période dont les certifications encore valables ou les "
            + "diplômes attestent au moins B1 dans chacune des quatre compétences (niveau d'une carte de résident).",
        formula: "Adultes avec B1 justifié dans les quatre compétences ÷ adultes en accompagnement.",
        unit: .percent,
        target: nil,
        source: "Parcours : certifications et diplômes (une certification compte deux ans)",
        version: 1
    )
    public static let civicExamPass = IndicatorDefinition(
        code: "EXAMEN_CIVIQUE_REUSSITE",
        label: "Réussite à l'examen civique",
        definition: "Part des sessions d'examen civique passées dans la période et réussies (32 sur 40, sans fraude).",
        formula: "Sessions réussies ÷ sessions passées dans la période, toutes versions confondues.",
        unit: .percent,
        target: nil,
        source: "Parcours : sessions d'examen civique enregistrées",
        version: 1
    )
    public static let languageOffer = IndicatorDefinition(
        code: "LANGUE_OFFRE_BESOIN",
        label: "Places de formation linguistique pour 100 adultes sans A2",
        definition:
            "Places des formations linguistiques en cours le dernier jour de la période, rapportées aux adultes en "
            + "accompagnement qui ne justifient pas A2. Défini pour un département ou plus (les formations ne "
            + "dépendent pas d'un opérateur) ; le détail par commune et QPV est sur la page de l'offre linguistique.",
        formula: "Places des formations en cours ÷ (adultes en accompagnement − adultes justifiant A2) × 100.",
        unit: .percent,
        target: nil,
        source: "Parcours : formations déclarées par les organismes et certifications",
        version: 1
    )
    public static let fundingSeventyPercent = IndicatorDefinition(
        code: "CREDITS_EMPLOI_LANGUE",
        label: "Part des crédits de l'action 12 engagés sur l'emploi et la langue",
        definition:
            "Part des autorisations d'engagement de l'action 12 (subventions du programme 104) engagées pendant la "
            + "période sur des actions dont une thématique est « emploi » ou « langue ». Instruction du 26 mars 2024 : au "
            + "moins 70 % par enveloppe (docs/funding.md).",
        formula: "AE engagées sur l'emploi ou la langue ÷ AE engagées sur l'action 12, au centime près.",
        unit: .percent,
        target: 70,
        source: "Parcours : engagements juridiques des subventions",
        version: 1
    )
    public static let grantsAwarded = IndicatorDefinition(
        code: "CREDITS_SUBVENTIONS_ACCORDEES",
        label: "Subventions accordées",
        definition: "Demandes de subvention du programme 104 accordées par un comité de sélection pendant la période.",
        formula: "Nombre de décisions d'attribution dont la date tombe dans la période.",
        unit: .count,
        target: nil,
        source: "Parcours : décisions des comités de sélection",
        version: 1
    )

    /// Every indicator, in the order pages show them.
    public static let all: [IndicatorDefinition] = [
        referrals, welcomeDelay, householdsInSupport, personsInSupport, contractWithinMonth, exits, housingExit,
        activityExit, franceTravail, deployment, pap11, a2Attainment, b1Attainment, civicExamPass, languageOffer,
        fundingSeventyPercent, grantsAwarded,
    ]

    /// The indicator with this code.
    public static func named(_ code: String) -> IndicatorDefinition? { all.first { $0.code == code } }
}
