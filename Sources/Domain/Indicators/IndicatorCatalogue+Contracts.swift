/// The indicators of territorial contracts, computed live on the contracts' steering pages.
extension IndicatorCatalogue {
    public static let contractsInForce = IndicatorDefinition(
        code: "CTAI_CONTRATS_EN_VIGUEUR",
        label: "Contrats territoriaux en vigueur",
        definition:
            "CTAI, contrats de ville 2024–2030 valant CTAI et PTAI signés et ni terminés ni échus au dernier jour de la période.",
        formula:
            "Nombre de contrats signés au plus tard ce jour-là, dont la date de fin n'est pas passée et qui ne sont pas terminés.",
        unit: .count,
        target: nil,
        source: "Parcours : contrats territoriaux saisis par les préfectures",
        version: 1
    )
    public static let contractsSigned = IndicatorDefinition(
        code: "CTAI_SIGNES_ANNEE",
        label: "Contrats territoriaux signés dans l'année",
        definition: "Contrats dont la date de signature tombe dans l'année choisie.",
        formula: "Nombre de contrats signés du 1er janvier au 31 décembre (ou à aujourd'hui pour l'année en cours).",
        unit: .count,
        target: nil,
        source: "Parcours : contrats territoriaux saisis par les préfectures",
        version: 1
    )
    public static let contractActions = IndicatorDefinition(
        code: "CTAI_ACTIONS",
        label: "Actions des contrats signés",
        definition:
            "Actions inscrites aux contrats signés (en cours ou terminés compris), par domaine d'axe sur les pages.",
        formula: "Nombre d'actions des contrats dont l'état n'est pas « en préparation ».",
        unit: .count,
        target: nil,
        source: "Parcours : contrats territoriaux",
        version: 1
    )
    public static let cirUnderContract = IndicatorDefinition(
        code: "CTAI_CIR_SOUS_CONTRAT",
        label: "Signataires du CIR accompagnés vivant dans un territoire sous contrat",
        definition:
            "Part des personnes accompagnées par AGIR ayant signé le CIR dont le ménage habite une commune couverte par "
            + "un contrat en vigueur (les arrondissements d'une ville couverte comptent).",
        formula:
            "Signataires du CIR en accompagnement dont la commune est couverte par un contrat en vigueur ÷ signataires du "
            + "CIR en accompagnement, au dernier jour de la période.",
        unit: .percent,
        target: nil,
        source: "Parcours : accompagnement AGIR, CIR et territoires des contrats",
        version: 1
    )

    /// The contracts' indicators, in the order the catalogue shows them (the dashboards do not compute them).
    public static let contracts: [IndicatorDefinition] = [
        contractsInForce, contractsSigned, contractActions, cirUnderContract,
    ]
}
