import Domain
import Foundation
import SQLKit

/// A person's session as stored, with what every page of the space checks: the access is still open and the
/// household's support goes on.
public struct StoredSpaceSession: Sendable, Equatable {
    public let personID: String
    public let householdID: String
    public let csrfToken: String
    public let stage: SpaceSessionStage
    public let lastSeenAt: Date
    public let expiresAt: Date
    public let language: SpaceLanguage
    /// The access is open (not closed by a caseworker) and the household keeps its spaces open.
    public let isOpen: Bool
}

/// Where a person's sign-in stands.
public enum SpaceSessionStage: String, Sendable {
    /// The code was right; the person must now choose a passphrase or a PIN.
    case activation
    /// Signed in.
    case complete
}

/// SQL for `newcomer_sessions`, found by the SHA-256 of their cookie token.
public enum NewcomerSessionRecords {
    /// Records a new session.
    public static func insert(
        tokenHash: String,
        personID: String,
        csrfToken: String,
        stage: SpaceSessionStage,
        now: Date,
        expiresAt: Date,
        in sql: any SQLDatabase
    ) async throws {
        try await sql.raw(
            """
            INSERT INTO newcomer_sessions (token_hash, person_id, csrf_token, stage, created_at, last_seen_at, expires_at)
            VALUES (\(bind: tokenHash), \(bind: personID), \(bind: csrfToken), \(bind: stage.rawValue),
                    \(bind: Timestamp.format(now)), \(bind: Timestamp.format(now)), \(bind: Timestamp.format(expiresAt)))
            """
        ).run()
    }

    /// The session with this token hash, with its person's household and access.
    public static func find(tokenHash: String, in sql: any SQLDatabase) async throws -> StoredSpaceSession? {
        guard
            let row = try await sql.raw(
                """
                SELECT s.person_id, s.csrf_token, s.stage, s.last_seen_at, s.expires_at, p.household_id,
                       a.language, a.closed_at, h.stage AS household_stage, h.anonymised_on
                FROM newcomer_sessions s
                JOIN persons p ON p.id = s.person_id
                JOIN households h ON h.id = p.household_id
                JOIN newcomer_accesses a ON a.person_id = s.person_id
                WHERE s.token_hash = \(bind: tokenHash) AND p.merged_into IS NULL
                """
            ).first()
        else { return nil }
        let closed = try row.decode(column: "closed_at", as: String?.self) != nil
        let open = NewcomerSpaceRule.isOpen(
            householdStage: try StoredValue.decode(HouseholdStage.self, column: "household_stage", in: row),
            anonymised: try row.decode(column: "anonymised_on", as: String?.self) != nil
        )
        return StoredSpaceSession(
            personID: try row.decode(column: "person_id", as: String.self),
            householdID: try row.decode(column: "household_id", as: String.self),
            csrfToken: try row.decode(column: "csrf_token", as: String.self),
            stage: SpaceSessionStage(rawValue: try row.decode(column: "stage", as: String.self)) ?? .activation,
            lastSeenAt: Timestamp.parse(try row.decode(column: "last_seen_at", as: String.self)) ?? .distantPast,
            expiresAt: Timestamp.parse(try row.decode(column: "expires_at", as: String.self)) ?? .distantPast,
            language: SpaceLanguage(code: try row.decode(column: "language", as: String.self)) ?? .french,
            isOpen: open && !closed
        )
    }

    /// Marks a session as used now.
    public static func touch(tokenHash: String, now: Date, in sql: any SQLDatabase) async throws {
        try await sql.raw(
            """
            UPDATE newcomer_sessions SET last_seen_at = \(bind: Timestamp.format(now))
            WHERE token_hash = \(bind: tokenHash)
            """
        ).run()
    }

    /// Ends one session.
    public static func delete(tokenHash: String, in sql: any SQLDatabase) async throws {
        try await sql.raw("DELETE FROM newcomer_sessions WHERE token_hash = \(bind: tokenHash)").run()
    }

    /// Ends every session of a person (access reopened or closed, secret chosen).
    public static func deleteAll(personID: String, in sql: any SQLDatabase) async throws {
        try await sql.raw("DELETE FROM newcomer_sessions WHERE person_id = \(bind: personID)").run()
    }
}
