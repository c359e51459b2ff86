import Domain
import Foundation
import SQLKit

/// A selection committee of a call: its date and members.
public struct FundingCommitteeRecord: Sendable, Equatable {
    public let id: String
    public let callID: String
    public let heldOn: CalendarDay
    public let members: String
}

/// SQL for scores, committees, decisions and conventions.
public enum FundingInstructionRecords {
    /// Records the marks against the call's grid, the score out of 100 and the opinion.
    public static func score(
        applicationID: String,
        marks: [Int],
        score: Int,
        opinion: String,
        at now: Date,
        in sql: any SQLDatabase
    ) async throws {
        let stamp = Timestamp.format(now)
        try await sql.raw(
            """
            UPDATE funding_applications SET marks = \(bind: try FundingColumns.json(marks)), score = \(bind: score),
                opinion = \(bind: opinion), scored_at = \(bind: stamp), status = 'instruite', version = version + 1,
                updated_at = \(bind: stamp)
            WHERE id = \(bind: applicationID)
            """
        ).run()
    }

    /// Adds a committee to a call.
    public static func insertCommittee(
        id: String,
        callID: String,
        heldOn: CalendarDay,
        members: String,
        accountID: String,
        at now: Date,
        in sql: any SQLDatabase
    ) async throws {
        try await sql.raw(
            """
            INSERT INTO funding_committees (id, call_id, held_on, members, account_id, created_at)
            VALUES (\(bind: id), \(bind: callID), \(bind: heldOn.iso), \(bind: members), \(bind: accountID),
                \(bind: Timestamp.format(now)))
            """
        ).run()
    }

    /// A call's committees, latest first.
    public static func committees(callID: String, in sql: any SQLDatabase) async throws -> [FundingCommitteeRecord] {
        try await sql.raw(
            "SELECT * FROM funding_committees WHERE call_id = \(bind: callID) ORDER BY held_on DESC, id"
        ).all().map(committee)
    }

    /// One committee.
    public static func committee(id: String, in sql: any SQLDatabase) async throws -> FundingCommitteeRecord? {
        try await sql.raw("SELECT * FROM funding_committees WHERE id = \(bind: id)").first().map(committee)
    }

    static func committee(_ row: any SQLRow) throws -> FundingCommitteeRecord {
        FundingCommitteeRecord(
            id: try row.decode(column: "id", as: String.self),
            callID: try row.decode(column: "call_id", as: String.self),
            heldOn: try FundingColumns.day("held_on", row) ?? CalendarDay.firstOfJanuary(1970),
            members: try row.decode(column: "members", as: String.self)
        )
    }

    /// The committee's decision: granted with yearly amounts (and whether a convention is required), or refused.
    public static func decide(
        applicationID: String,
        committeeID: String,
        grantedYears: [Money]?,
        refusalReason: String?,
        conventionRequired: Bool,
        overrideReason: String?,
        on day: CalendarDay,
        at now: Date,
        in sql: any SQLDatabase
    ) async throws {
        let years = try grantedYears.map { try FundingColumns.json($0.map(\.cents)) }
        try await sql.raw(
            """
            UPDATE funding_applications SET status = \(bind: grantedYears == nil ? "refusee" : "accordee"),
                committee_id = \(bind: committeeID), granted_years = \(bind: years),
                granted_cents = \(bind: grantedYears.map { Money.sum($0).cents }),
                refusal_reason = \(bind: refusalReason), convention_required = \(bind: conventionRequired),
                override_reason = \(bind: overrideReason), decided_on = \(bind: day.iso), version = version + 1,
                updated_at = \(bind: Timestamp.format(now))
            WHERE id = \(bind: applicationID)
            """
        ).run()
    }

    /// Records the signature of the convention.
    public static func signConvention(
        applicationID: String,
        on day: CalendarDay,
        reference: String,
        at now: Date,
        in sql: any SQLDatabase
    ) async throws {
        try await sql.raw(
            """
            UPDATE funding_applications SET convention_signed_on = \(bind: day.iso),
                convention_reference = \(bind: reference), version = version + 1,
                updated_at = \(bind: Timestamp.format(now))
            WHERE id = \(bind: applicationID)
            """
        ).run()
    }

    /// Σ granted in `year` to an organisation's SIRET on other applications, for the convention threshold.
    public static func grantedSameYear(
        siret: String,
        year: Int,
        excluding applicationID: String,
        in sql: any SQLDatabase
    ) async throws -> Money {
        let row = try await sql.raw(
            """
            SELECT CAST(COALESCE(SUM(a.granted_cents), 0) AS BIGINT) AS total
            FROM funding_applications a JOIN funding_calls c ON c.id = a.call_id
            WHERE a.siret = \(bind: siret) AND c.year = \(bind: year) AND a.status = 'accordee'
              AND a.id <> \(bind: applicationID)
            """
        ).first()
        return Money(cents: try row?.decode(column: "total", as: Int.self) ?? 0)
    }
}
