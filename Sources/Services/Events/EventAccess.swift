import Domain
import Persistence

/// Who may act on an event: the prefecture of its département, or the organisation that declared it; checked inside
/// each use case's transaction, on the row it reads there.
enum EventAccess {
    /// Whether the actor is a prefecture agent whose scope covers the département.
    static func isPrefecture(_ actor: AccountSummary, of departement: String) -> Bool {
        guard actor.role == .prefecture else { return false }
        return covers(actor.scope, departement)
    }

    /// Whether a scope covers a département (a région scope is resolved by the caller where it matters).
    static func covers(_ scope: TerritorialScope, _ departement: String) -> Bool {
        switch scope {
        case .departements(let codes): codes.contains(departement)
        case .nation: true
        case .region: false
        }
    }

    /// Whether the actor may see and act on the event at all: its organiser's accounts, or the prefecture of its
    /// département once it is more than another organisation's draft (a copy of last year's published event, made by
    /// the prefecture, is no one's private draft).
    static func canManage(_ actor: AccountSummary, _ event: EventRecord) -> Bool {
        if actor.organisationID == event.organisationID && EventOrganisers().admits(actor.role) { return true }
        return isPrefecture(actor, of: event.departementCode) && (event.state != .draft || event.copiedFrom != nil)
    }

    /// The départements an account may declare events in: those of its scope.
    static func departements(of actor: AccountSummary) -> [String] {
        if case .departements(let codes) = actor.scope { return codes }
        return []
    }
}
