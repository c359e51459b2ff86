import Domain
import Foundation
import SQLKit

extension MeetingRecords {
    /// The meetings of some territories (départements and régions by code), latest first.
    public static func meetings(
        departements: [String],
        regions: [String],
        in sql: any SQLDatabase
    ) async throws
        -> [MeetingSummary]
    {
        try await sql.raw(
            """
            SELECT m.id, m.scope, m.territory_code, m.held_on, m.title,
                (SELECT COALESCE(SUM(count), 0) FROM meeting_participants p WHERE p.meeting_id = m.id) AS participants,
                (SELECT COUNT(*) FROM meeting_decisions d WHERE d.meeting_id = m.id) AS decisions
            FROM territorial_meetings m
            WHERE (m.scope = 'departement' AND m.territory_code IN (\(binds: departements + [""])))
                OR (m.scope = 'region' AND m.territory_code IN (\(binds: regions + [""])))
            ORDER BY m.held_on DESC, m.id
            """
        ).all().compactMap { row in
            guard let scope = MeetingScope(rawValue: try row.decode(column: "scope", as: String.self)),
                let day = CalendarDay(iso: try row.decode(column: "held_on", as: String.self))
            else { return nil }
            return MeetingSummary(
                id: try row.decode(column: "id", as: String.self),
                scope: scope,
                territoryCode: try row.decode(column: "territory_code", as: String.self),
                heldOn: day,
                title: try row.decode(column: "title", as: String.self),
                participants: try row.decode(column: "participants", as: Int.self),
                decisions: try row.decode(column: "decisions", as: Int.self)
            )
        }
    }

    /// The decisions of the meetings of a territory, in order of due date; only the open ones when `openOnly`.
    public static func decisions(
        scope: MeetingScope,
        territoryCode: String,
        openOnly: Bool,
        in sql: any SQLDatabase
    ) async throws -> [DecisionRecord] {
        try await decisions(
            where: "m.scope = \(bind: scope.rawValue) AND m.territory_code = \(bind: territoryCode)"
                + (openOnly ? " AND d.status = 'en-cours'" : ""),
            in: sql
        )
    }

    /// The decisions of one meeting, in their order.
    static func decisions(meetingID: String, in sql: any SQLDatabase) async throws -> [DecisionRecord] {
        try await decisions(where: "d.meeting_id = \(bind: meetingID)", in: sql)
    }

    static func decisions(where condition: SQLQueryString, in sql: any SQLDatabase) async throws -> [DecisionRecord] {
        let rows = try await sql.raw(
            """
            SELECT d.*, m.held_on FROM meeting_decisions d JOIN territorial_meetings m ON m.id = d.meeting_id
            WHERE
            """ + " " + condition + " ORDER BY d.due_on, m.held_on, d.position"
        ).all()
        let ids = try rows.map { try $0.decode(column: "id", as: String.self) }
        var followUps: [String: [FollowUpRecord]] = [:]
        if !ids.isEmpty {
            for row in try await sql.raw(
                """
                SELECT f.*, m.held_on FROM meeting_decision_followups f
                JOIN territorial_meetings m ON m.id = f.meeting_id
                WHERE f.decision_id IN (\(binds: ids)) ORDER BY m.held_on, f.created_at
                """
            ).all() {
                guard let status = MeetingDecisionStatus(rawValue: try row.decode(column: "status", as: String.self)),
                    let day = CalendarDay(iso: try row.decode(column: "held_on", as: String.self))
                else { continue }
                followUps[try row.decode(column: "decision_id", as: String.self), default: []].append(
                    FollowUpRecord(
                        meetingID: try row.decode(column: "meeting_id", as: String.self),
                        meetingDay: day,
                        status: status,
                        note: try row.decode(column: "note", as: String.self)
                    )
                )
            }
        }
        return try rows.compactMap { row in
            guard let status = MeetingDecisionStatus(rawValue: try row.decode(column: "status", as: String.self)),
                let due = CalendarDay(iso: try row.decode(column: "due_on", as: String.self)),
                let held = CalendarDay(iso: try row.decode(column: "held_on", as: String.self))
            else { return nil }
            let id = try row.decode(column: "id", as: String.self)
            return DecisionRecord(
                id: id,
                meetingID: try row.decode(column: "meeting_id", as: String.self),
                meetingDay: held,
                text: try row.decode(column: "text", as: String.self),
                owner: try row.decode(column: "owner", as: String.self),
                dueOn: due,
                status: status,
                followUps: followUps[id] ?? []
            )
        }
    }

    /// One meeting with everything recorded at it.
    public static func find(id: String, in sql: any SQLDatabase) async throws -> MeetingRecord? {
        guard
            let row = try await sql.raw(
                """
                SELECT m.*, o.name AS organisation_name FROM territorial_meetings m
                JOIN organisations o ON o.id = m.organisation_id WHERE m.id = \(bind: id)
                """
            ).first(),
            let scope = MeetingScope(rawValue: try row.decode(column: "scope", as: String.self)),
            let day = CalendarDay(iso: try row.decode(column: "held_on", as: String.self))
        else { return nil }
        var participants: [MeetingParticipantKind: Int] = [:]
        for row in try await sql.raw("SELECT * FROM meeting_participants WHERE meeting_id = \(bind: id)").all() {
            if let kind = MeetingParticipantKind(rawValue: try row.decode(column: "kind", as: String.self)) {
                participants[kind] = try row.decode(column: "count", as: Int.self)
            }
        }
        let mechanisms = Set(
            try await sql.raw("SELECT mechanism FROM meeting_mechanisms WHERE meeting_id = \(bind: id)").all()
                .compactMap { Mechanism(rawValue: try $0.decode(column: "mechanism", as: String.self)) }
        )
        let indicators = try await sql.raw(
            "SELECT * FROM meeting_indicators WHERE meeting_id = \(bind: id) ORDER BY position"
        ).all().map {
            (
                try $0.decode(column: "code", as: String.self), try $0.decode(column: "label", as: String.self),
                try $0.decode(column: "value_text", as: String.self)
            )
        }
        let findings = try await sql.raw(
            "SELECT text FROM meeting_findings WHERE meeting_id = \(bind: id) ORDER BY position"
        ).all().map { try $0.decode(column: "text", as: String.self) }
        let followUps = try await sql.raw(
            """
            SELECT f.status, f.note, d.text FROM meeting_decision_followups f
            JOIN meeting_decisions d ON d.id = f.decision_id WHERE f.meeting_id = \(bind: id) ORDER BY f.created_at
            """
        ).all().compactMap { row -> (String, MeetingDecisionStatus, String)? in
            guard let status = MeetingDecisionStatus(rawValue: try row.decode(column: "status", as: String.self)) else {
                return nil
            }
            return (
                try row.decode(column: "text", as: String.self), status, try row.decode(column: "note", as: String.self)
            )
        }
        return MeetingRecord(
            id: id,
            scope: scope,
            territoryCode: try row.decode(column: "territory_code", as: String.self),
            regionCode: try row.decode(column: "region_code", as: String.self),
            heldOn: day,
            title: try row.decode(column: "title", as: String.self),
            place: try row.decode(column: "place", as: String.self),
            organisationName: try row.decode(column: "organisation_name", as: String.self),
            participants: participants,
            mechanisms: Mechanism.allCases.filter(mechanisms.contains),
            indicators: indicators,
            findings: findings,
            decisions: try await decisions(meetingID: id, in: sql),
            followUps: followUps
        )
    }
}
