/// The actions of programme 104 "Intégration et accès à la nationalité française" that carry credits.
public enum BudgetAction: String, Sendable, CaseIterable, Codable {
    case reception = "11"
    case integration = "12"
    case nationality = "14"
    case refugees = "15"
    case migrantHostels = "16"

    /// "Action 12 – Intégration des étrangers primo-arrivants".
    public var label: String {
        switch self {
        case .reception: "Action 11 – Accueil des étrangers primo-arrivants"
        case .integration: "Action 12 – Intégration des étrangers primo-arrivants"
        case .nationality: "Action 14 – Accès à la nationalité française"
        case .refugees: "Action 15 – Accompagnement des réfugiés"
        case .migrantHostels: "Action 16 – Accompagnement des foyers de travailleurs migrants"
        }
    }

    /// Whether the action exists in a budget year: action 15 was abolished by the 2024 finance law (its credits went
    /// to programme 303), so it only carries lines up to 2023.
    public func exists(in year: Int) -> Bool {
        self == .refugees ? year <= 2023 : true
    }
}

/// The sub-actions a line of action 12 (or another action) is split into, as the deconcentrated services follow them.
public enum SubAction: String, Sendable, CaseIterable, Codable {
    case agir
    case ctai
    case languageTraining = "formation_linguistique"
    case localCalls = "appels_a_projets"
    case refugeeActions = "actions_refugies"

    /// The French name.
    public var label: String {
        switch self {
        case .agir: "AGIR"
        case .ctai: "CTAI (contrats territoriaux)"
        case .languageTraining: "Formation linguistique"
        case .localCalls: "Appels à projets locaux"
        case .refugeeActions: "Actions spécifiques aux réfugiés"
        }
    }
}
