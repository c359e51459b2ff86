/// Where an event stands: a draft, proposed by a partner for the prefecture's label, published on the public
/// calendar, then held (attendance recorded) or cancelled.
public enum EventState: String, Sendable, CaseIterable, Codable {
    case draft = "brouillon"
    case proposed = "propose"
    case published = "publie"
    case cancelled = "annule"
    case held = "realise"

    /// The French label.
    public var label: String {
        switch self {
        case .draft: "Brouillon"
        case .proposed: "Proposé, en attente du label de la préfecture"
        case .published: "Publié"
        case .cancelled: "Annulé"
        case .held: "Réalisé"
        }
    }

    /// Whether the public calendar shows it.
    public var isPublic: Bool { self == .published || self == .held || self == .cancelled }
}

/// What someone asks to do with an event's state.
public enum EventAction: String, Sendable, CaseIterable {
    /// The partner sends its draft to the prefecture.
    case propose = "proposer"
    /// The prefecture labels and publishes (a proposal, or its own draft).
    case publish = "publier"
    /// The prefecture sends a proposal back to its author, with a note.
    case returnToDraft = "renvoyer"
    /// The event will not take place.
    case cancel = "annuler"
}

/// The one rule of event states: which action, by whom, leads where.
public enum EventTransition {
    /// The state after `action`, or the French reason it is refused. `byPrefecture`: the actor is the prefecture of
    /// the event's département (an organiser otherwise); `ended`: the event's end has passed.
    public static func next(
        from state: EventState,
        _ action: EventAction,
        byPrefecture: Bool,
        ended: Bool
    ) -> Result<EventState, TransitionRefusal> {
        switch (action, state) {
        case (.propose, .draft):
            return byPrefecture
                ? .failure(.init("La préfecture publie directement ses propres événements.")) : .success(.proposed)
        case (.publish, .draft), (.publish, .proposed):
            guard byPrefecture else { return .failure(.init("Seule la préfecture labellise et publie un événement.")) }
            guard !ended else { return .failure(.init("Cet événement est déjà passé : il ne peut plus être publié.")) }
            return .success(.published)
        case (.returnToDraft, .proposed):
            return byPrefecture
                ? .success(.draft) : .failure(.init("Seule la préfecture renvoie une proposition à son auteur."))
        case (.cancel, .draft), (.cancel, .proposed):
            return .success(.cancelled)
        case (.cancel, .published):
            guard byPrefecture else { return .failure(.init("Seule la préfecture annule un événement publié.")) }
            guard !ended else { return .failure(.init("Cet événement est passé : enregistrez son bilan.")) }
            return .success(.cancelled)
        default:
            return .failure(.init("Cette action n'est pas possible pour un événement « \(state.label) »."))
        }
    }

    /// Whether the attendance of an event in `state` may be recorded (making it held): published and over.
    public static func canRecordAttendance(_ state: EventState, ended: Bool) -> Bool {
        (state == .published || state == .held) && ended
    }

    /// Whether the event's fields may still be changed, by its organiser or by the prefecture.
    public static func canEdit(_ state: EventState, byPrefecture: Bool) -> Bool {
        byPrefecture ? [.draft, .proposed, .published].contains(state) : state == .draft
    }
}

/// Why a change of state is refused, in French.
public struct TransitionRefusal: Error, Sendable, Equatable {
    public let message: String
    public init(_ message: String) { self.message = message }
}
