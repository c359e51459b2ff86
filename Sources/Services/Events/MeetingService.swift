import Domain
import Foundation
import Persistence

/// Rencontres territoriales: a prefecture records those of its département, a DREETS those of its région; each
/// keeps the participants, mechanisms reviewed, a snapshot of the territory's indicators, findings and decisions, and
/// says where the territory's earlier open decisions stand.
public struct MeetingService: Sendable {
    let environment: ServiceEnvironment

    public init(environment: ServiceEnvironment) { self.environment = environment }

    /// The territory a recorder records meetings for: its (first) département, or its région.
    public func territory(of actor: AccountSummary) throws -> (scope: MeetingScope, code: String) {
        switch (actor.role, actor.scope) {
        case (.prefecture, .departements(let codes)) where !codes.isEmpty: return (.departement, codes[0])
        case (.dreets, .region(let code)): return (.region, code)
        default: throw DomainError.forbidden
        }
    }

    /// The meetings the actor may read, latest first, and the open decisions of its own territory.
    public func overview(actor: AccountSummary) async throws -> ([MeetingSummary], [DecisionRecord]) {
        guard SteeringRoles().admits(actor.role) else { throw DomainError.forbidden }
        let departements = try await TerritoryQueries(database: environment.database).departements()
        return try await environment.database.read { sql in
            let (codes, regions): ([String], [String]) =
                switch actor.scope {
                case .nation: (departements.map(\.code), Array(Set(departements.map(\.regionCode))))
                case .region(let region): (departements.filter { $0.regionCode == region }.map(\.code), [region])
                case .departements(let list):
                    (list, Array(Set(departements.filter { list.contains($0.code) }.map(\.regionCode))))
                }
            let meetings = try await MeetingRecords.meetings(departements: codes, regions: regions, in: sql)
            guard let own = try? territory(of: actor) else { return (meetings, []) }
            let open = try await MeetingRecords.decisions(
                scope: own.scope,
                territoryCode: own.code,
                openOnly: true,
                in: sql
            )
            return (meetings, open)
        }
    }

    /// One meeting, if the actor's scope covers its territory.
    public func meeting(id: String, actor: AccountSummary) async throws -> MeetingRecord {
        guard SteeringRoles().admits(actor.role) else { throw DomainError.forbidden }
        return try await environment.database.read { sql in
            guard let meeting = try await MeetingRecords.find(id: id, in: sql), Self.covers(actor, meeting) else {
                throw DomainError.notFound
            }
            return meeting
        }
    }

    static func covers(_ actor: AccountSummary, _ meeting: MeetingRecord) -> Bool {
        switch actor.scope {
        case .nation: true
        case .region(let region): meeting.regionCode == region
        case .departements(let codes):
            meeting.scope == .departement ? codes.contains(meeting.territoryCode) : false
        }
    }

    /// Records a meeting of the actor's territory with the snapshot of its indicators (computed by the caller from
    /// the live dashboard, as shown to the actor); returns its identifier.
    @discardableResult
    public func record(
        _ input: MeetingInput,
        indicators: [(code: String, label: String, value: String)],
        actor: AccountSummary
    ) async throws -> String {
        let (scope, code) = try territory(of: actor)
        let today =
            scope == .departement
            ? environment.time.today(inDepartement: code) : environment.time.todayInMetropolitanFrance()
        let id = environment.ids.makeIdentifier()
        try await environment.database.write { sql in
            var errors = FieldErrors()
            guard let valid = input.validate(today: today, &errors) else { throw DomainError.invalid(errors) }
            // The decisions followed up must be open decisions of this territory.
            let open = try await MeetingRecords.decisions(scope: scope, territoryCode: code, openOnly: true, in: sql)
            for decisionID in valid.followUps.keys where !open.contains(where: { $0.id == decisionID }) {
                throw DomainError.notFound
            }
            let region =
                scope == .region ? code : (try await EventPlaces.region(ofDepartement: code, in: sql) ?? "")
            let decisionIDs = valid.decisions.map { _ in environment.ids.makeIdentifier() }
            let now = environment.time.now()
            try await MeetingRecords.insert(
                id: id,
                scope: scope,
                territoryCode: code,
                regionCode: region,
                valid,
                indicators: indicators,
                decisionIDs: decisionIDs,
                organisationID: actor.organisationID,
                accountID: actor.id,
                at: now,
                in: sql
            )
            for (decisionID, followUp) in valid.followUps.sorted(by: { $0.key < $1.key }) {
                try await MeetingRecords.followUp(
                    id: environment.ids.makeIdentifier(),
                    decisionID: decisionID,
                    meetingID: id,
                    status: followUp.status,
                    note: followUp.note,
                    closedOn: valid.heldOn,
                    accountID: actor.id,
                    at: now,
                    in: sql
                )
            }
            try await environment.audit(
                .meetingRecorded,
                recordType: "rencontre_territoriale",
                id: id,
                before: [:],
                after: [
                    "territoire": "\(scope.rawValue):\(code)", "date": valid.heldOn.iso, "intitule": valid.title,
                    "participants": String(valid.participantCount),
                    "dispositifs": valid.mechanisms.map(\.rawValue).joined(separator: ","),
                    "constats": String(valid.findings.count), "decisions": String(valid.decisions.count),
                    "suivis": valid.followUps.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value.status.rawValue)" }
                        .joined(separator: ","),
                ],
                actor: actor,
                in: sql
            )
        }
        return id
    }

    /// The open decisions of the actor's own territory, for its home page; empty for other roles.
    public func openDecisions(actor: AccountSummary) async throws -> [DecisionRecord] {
        guard let (scope, code) = try? territory(of: actor) else { return [] }
        return try await environment.database.read {
            try await MeetingRecords.decisions(scope: scope, territoryCode: code, openOnly: true, in: $0)
        }
    }
}
