import Domain
import Foundation
import SQLKit

/// A decision of a rencontre, with the follow-ups recorded at later meetings.
public struct DecisionRecord: Sendable, Equatable {
    public let id: String
    public let meetingID: String
    public let meetingDay: CalendarDay
    public let text: String
    public let owner: String
    public let dueOn: CalendarDay
    public let status: MeetingDecisionStatus
    public let followUps: [FollowUpRecord]
}

/// What a later meeting said about a decision.
public struct FollowUpRecord: Sendable, Equatable {
    public let meetingID: String
    public let meetingDay: CalendarDay
    public let status: MeetingDecisionStatus
    public let note: String
}

/// A stored rencontre territoriale with everything recorded at it.
public struct MeetingRecord: Sendable, Equatable {
    public let id: String
    public let scope: MeetingScope
    public let territoryCode: String
    public let regionCode: String
    public let heldOn: CalendarDay
    public let title: String
    public let place: String
    public let organisationName: String
    public let participants: [MeetingParticipantKind: Int]
    public let mechanisms: [Mechanism]
    public let indicators: [(code: String, label: String, value: String)]
    public let findings: [String]
    public let decisions: [DecisionRecord]
    /// The follow-ups of earlier decisions recorded at this meeting, with the decision's text.
    public let followUps: [(decision: String, status: MeetingDecisionStatus, note: String)]

    public static func == (lhs: MeetingRecord, rhs: MeetingRecord) -> Bool { lhs.id == rhs.id }

    /// The number of people present.
    public var participantCount: Int { participants.values.reduce(0, +) }
}

/// A meeting in a list.
public struct MeetingSummary: Sendable, Equatable {
    public let id: String
    public let scope: MeetingScope
    public let territoryCode: String
    public let heldOn: CalendarDay
    public let title: String
    public let participants: Int
    public let decisions: Int
}

/// SQL for rencontres territoriales.
public enum MeetingRecords {
    /// Adds a meeting with its participants, mechanisms, indicator snapshot, findings and decisions.
    public static func insert(
        id: String,
        scope: MeetingScope,
        territoryCode: String,
        regionCode: String,
        _ meeting: MeetingInput.Valid,
        indicators: [(code: String, label: String, value: String)],
        decisionIDs: [String],
        organisationID: String,
        accountID: String,
        at now: Date,
        in sql: any SQLDatabase
    ) async throws {
        let stamp = Timestamp.format(now)
        try await sql.raw(
            """
            INSERT INTO territorial_meetings (id, scope, territory_code, region_code, held_on, title, place,
                organisation_id, account_id, created_at)
            VALUES (\(bind: id), \(bind: scope.rawValue), \(bind: territoryCode), \(bind: regionCode),
                \(bind: meeting.heldOn.iso), \(bind: meeting.title), \(bind: meeting.place), \(bind: organisationID),
                \(bind: accountID), \(bind: stamp))
            """
        ).run()
        try await BatchInsert.run(
            sql,
            table: "meeting_participants",
            columns: ["meeting_id", "kind", "count"],
            rows: MeetingParticipantKind.allCases.filter { meeting.participants[$0] != nil }
        ) { [id, $0.rawValue, meeting.participants[$0] ?? 0] }
        try await BatchInsert.run(
            sql,
            table: "meeting_mechanisms",
            columns: ["meeting_id", "mechanism"],
            rows: meeting.mechanisms
        ) { [id, $0.rawValue] }
        try await BatchInsert.run(
            sql,
            table: "meeting_indicators",
            columns: ["meeting_id", "position", "code", "label", "value_text"],
            rows: Array(indicators.enumerated())
        ) { [id, $0.offset, $0.element.code, $0.element.label, $0.element.value] }
        try await BatchInsert.run(
            sql,
            table: "meeting_findings",
            columns: ["meeting_id", "position", "text"],
            rows: Array(meeting.findings.enumerated())
        ) { [id, $0.offset, $0.element] }
        try await BatchInsert.run(
            sql,
            table: "meeting_decisions",
            columns: ["id", "meeting_id", "position", "text", "owner", "due_on", "status", "closed_on", "created_at"],
            rows: Array(zip(decisionIDs, meeting.decisions).enumerated())
        ) { index, pair in
            [
                pair.0, id, index, pair.1.text, pair.1.owner, pair.1.dueOn.iso, MeetingDecisionStatus.open.rawValue,
                nil, stamp,
            ]
        }
    }

    /// Records, at a meeting, where an earlier decision stands.
    public static func followUp(
        id: String,
        decisionID: String,
        meetingID: String,
        status: MeetingDecisionStatus,
        note: String,
        closedOn: CalendarDay,
        accountID: String,
        at now: Date,
        in sql: any SQLDatabase
    ) async throws {
        try await sql.raw(
            """
            INSERT INTO meeting_decision_followups (id, decision_id, meeting_id, status, note, account_id, created_at)
            VALUES (\(bind: id), \(bind: decisionID), \(bind: meetingID), \(bind: status.rawValue), \(bind: note),
                \(bind: accountID), \(bind: Timestamp.format(now)))
            """
        ).run()
        try await sql.raw(
            """
            UPDATE meeting_decisions SET status = \(bind: status.rawValue),
                closed_on = \(bind: status == .open ? nil : closedOn.iso)
            WHERE id = \(bind: decisionID)
            """
        ).run()
    }
}
