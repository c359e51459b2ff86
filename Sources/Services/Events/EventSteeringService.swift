import Domain
import Foundation
import Persistence

/// The steering of priority 4: events and participants per département and theme, compared across editions; the
/// rencontres held and their decisions open or overdue; over the territory the actor steers.
public struct EventSteering: Sendable {
    public let editions: [EditionRecord]
    /// Figures by edition id, then by département code.
    public let byDepartement: [String: [String: EditionFigures]]
    /// Figures by edition id, then by theme code.
    public let byTheme: [String: [String: EditionFigures]]
    public let departementNames: [String: String]
    public let meetingsHeld: Int
    public let decisionsOpen: Int
    public let decisionsOverdue: Int
    public let today: CalendarDay

    /// The totals of an edition over the territory.
    public func total(_ editionID: String) -> EditionFigures {
        (byDepartement[editionID] ?? [:]).values.reduce(into: EditionFigures()) {
            $0.events += $1.events
            $0.registrations += $1.registrations
            $0.participants += $1.participants
        }
    }
}

/// Computes `EventSteering` live for prefectures, DREETS and national steering.
public struct EventSteeringService: Sendable {
    let environment: ServiceEnvironment

    public init(environment: ServiceEnvironment) { self.environment = environment }

    public func steering(actor: AccountSummary) async throws -> EventSteering {
        guard SteeringRoles().admits(actor.role) else { throw DomainError.forbidden }
        let departements = try await TerritoryQueries(database: environment.database).departements()
        let codes: [String]
        let regions: [String]
        switch actor.scope {
        case .nation:
            codes = departements.map(\.code)
            regions = Array(Set(departements.map(\.regionCode)))
        case .region(let region):
            codes = departements.filter { $0.regionCode == region }.map(\.code)
            regions = [region]
        case .departements(let list):
            codes = list
            regions = []
        }
        let today = environment.time.todayInMetropolitanFrance()
        return try await environment.database.read { sql in
            let meetings = try await EventSteeringQueries.meetings(
                departements: codes,
                regions: regions,
                since: today.adding(months: -12),
                in: sql
            )
            return EventSteering(
                editions: try await EditionRecords.all(in: sql),
                byDepartement: try await EventSteeringQueries.byDepartement(departements: codes, in: sql),
                byTheme: try await EventSteeringQueries.byTheme(departements: codes, in: sql),
                departementNames: Dictionary(
                    uniqueKeysWithValues: departements.filter { codes.contains($0.code) }.map { ($0.code, $0.name) }
                ),
                meetingsHeld: meetings.held,
                decisionsOpen: meetings.decisions.filter { $0.status == .open }.count,
                decisionsOverdue: meetings.decisions.filter { $0.status.isOverdue(due: $0.due, today: today) }.count,
                today: today
            )
        }
    }
}
