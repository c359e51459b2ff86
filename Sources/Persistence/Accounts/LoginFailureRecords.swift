import Domain
import Foundation
import SQLKit

/// SQL for `login_failures`, the attempts that throttling counts: each attempt is recorded before it is checked,
/// in the transaction that counted the earlier ones, and deleted if it succeeds.
public enum LoginFailureRecords {
    /// Serialises attempts on one e-mail and on one address until the transaction ends (PostgreSQL; SQLite has a
    /// single writer already). The e-mail's lock is always taken first, so two attempts never wait on each other.
    public static func lock(email: String, ip: String, in sql: any SQLDatabase, kind: DatabaseKind) async throws {
        guard kind == .postgres else { return }
        try await sql.raw("SELECT pg_advisory_xact_lock(4245, hashtext(\(bind: email)))").run()
        try await sql.raw("SELECT pg_advisory_xact_lock(4246, hashtext(\(bind: ip)))").run()
    }

    /// Records an attempt as a failure until it is known to have succeeded, and forgets attempts older than a day.
    public static func record(
        id: String,
        email: String,
        ip: String,
        at now: Date,
        in sql: any SQLDatabase
    ) async throws {
        try await sql.raw(
            """
            INSERT INTO login_failures (id, email, ip, failed_at)
            VALUES (\(bind: id), \(bind: email), \(bind: ip), \(bind: Timestamp.format(now)))
            """
        ).run()
        let dayAgo = Timestamp.format(now.addingTimeInterval(-86_400))
        try await sql.raw("DELETE FROM login_failures WHERE failed_at < \(bind: dayAgo)").run()
    }

    /// The failures of an e-mail (since its last success) and of an address since `since`.
    public static func counts(
        email: String,
        ip: String,
        since: Date,
        in sql: any SQLDatabase
    ) async throws
        -> LoginThrottle.Counts
    {
        let start = Timestamp.format(since)
        let byEmail =
            try await sql.raw(
                """
                SELECT COUNT(*) AS n FROM login_failures
                WHERE email = \(bind: email) AND failed_at >= \(bind: start) AND account_cleared = \(bind: false)
                """
            ).first()?.decode(column: "n", as: Int.self) ?? 0
        let byIP =
            try await sql.raw(
                "SELECT COUNT(*) AS n FROM login_failures WHERE ip = \(bind: ip) AND failed_at >= \(bind: start)"
            ).first()?.decode(column: "n", as: Int.self) ?? 0
        return LoginThrottle.Counts(account: byEmail, address: byIP)
    }

    /// Forgets an attempt that succeeded: it was not a failure.
    public static func forget(id: String, in sql: any SQLDatabase) async throws {
        try await sql.raw("DELETE FROM login_failures WHERE id = \(bind: id)").run()
    }

    /// Stops counting an account's earlier failures once it proved who it is; the address keeps counting them and
    /// the audit log keeps them all.
    public static func clearAccount(email: String, in sql: any SQLDatabase) async throws {
        try await sql.raw("UPDATE login_failures SET account_cleared = \(bind: true) WHERE email = \(bind: email)")
            .run()
    }
}
