import Foundation
import SQLKit

/// SQL for `login_failures`, the memory of failed logins that throttling reads.
public enum LoginFailureRecords {
    /// Records a failed login for an e-mail from an address, and forgets failures older than a day.
    public static func record(email: String, ip: String, at now: Date, in sql: any SQLDatabase) async throws {
        try await sql.raw(
            "INSERT INTO login_failures (email, ip, failed_at) VALUES (\(bind: email), \(bind: ip), \(bind: Timestamp.format(now)))"
        ).run()
        let dayAgo = Timestamp.format(now.addingTimeInterval(-86_400))
        try await sql.raw("DELETE FROM login_failures WHERE failed_at < \(bind: dayAgo)").run()
    }

    /// How many failures an e-mail and an address have had since `since`.
    public static func counts(
        email: String,
        ip: String,
        since: Date,
        in sql: any SQLDatabase
    ) async throws
        -> (email: Int, ip: Int)
    {
        let start = Timestamp.format(since)
        let byEmail =
            try await sql.raw(
                "SELECT COUNT(*) AS n FROM login_failures WHERE email = \(bind: email) AND failed_at >= \(bind: start)"
            ).first()?.decode(column: "n", as: Int.self) ?? 0
        let byIP =
            try await sql.raw(
                "SELECT COUNT(*) AS n FROM login_failures WHERE ip = \(bind: ip) AND failed_at >= \(bind: start)"
            ).first()?.decode(column: "n", as: Int.self) ?? 0
        return (byEmail, byIP)
    }

    /// Forgets an e-mail's failures after a successful login.
    public static func clear(email: String, in sql: any SQLDatabase) async throws {
        try await sql.raw("DELETE FROM login_failures WHERE email = \(bind: email)").run()
    }
}
