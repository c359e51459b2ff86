import Foundation

/// Who carries out an action of the plan.
public enum PlanActor: String, Sendable, CaseIterable {
    case caseworker = "referent"
    case person = "personne"
    case partner = "partenaire"

    /// The French label.
    public var label: String {
        switch self {
        case .caseworker: "Le référent"
        case .person: "La personne accompagnée"
        case .partner: "Un partenaire"
        }
    }
}

/// Where an action of the plan stands.
public enum ActionStatus: String, Sendable, CaseIterable {
    case todo = "a_faire"
    case inProgress = "en_cours"
    case done = "faite"
    case abandoned = "abandonnee"

    /// The French label.
    public var label: String {
        switch self {
        case .todo: "À faire"
        case .inProgress: "En cours"
        case .done: "Faite"
        case .abandoned: "Abandonnée"
        }
    }

    /// Whether the action still has to be done (and can be late).
    public var isOpen: Bool { self == .todo || self == .inProgress }
}

/// Checks of the plan forms.
public enum PlanInputs {
    /// The longest goal title, action description or outcome accepted.
    public static let maximumLength = 200

    /// A short text (NFC, no control character, at most `maximumLength` characters), required or not; nil with a
    /// French message for `field` when refused.
    public static func text(
        _ raw: String,
        field: String,
        label: String,
        required: Bool,
        _ errors: inout FieldErrors
    ) -> String? {
        errors.text(
            raw,
            field: field,
            kind: TextKind(maxLength: maximumLength, multiline: false),
            required: required ? "Saisissez \(label)." : nil
        )
    }
}
