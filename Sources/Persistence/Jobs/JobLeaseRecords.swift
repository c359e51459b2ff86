import Foundation
import SQLKit

/// The lease of a named job, as stored: who holds it and until when, and when the job is next due.
public struct JobLeaseRecord: Sendable, Equatable {
    public let name: String
    public let holder: String?
    public let expiresAt: Date?
    public let nextRunAt: Date
    public let lastStartedAt: Date?
    public let lastFinishedAt: Date?
    public let lastError: String?
}

/// SQL for `job_leases`: every change is one conditional UPDATE, so that two instances racing for a lease cannot both
/// win it (on PostgreSQL the second UPDATE waits for the first to commit, then finds its condition false).
public enum JobLeaseRecords {
    /// Takes the lease of a due job for `holder` until `expiresAt`; true when taken. The job is due when its next run
    /// has come and nobody holds an unexpired lease on it. The row is created (due at once) the first time.
    public static func acquire(
        name: String,
        holder: String,
        now: Date,
        expiresAt: Date,
        in sql: any SQLDatabase
    ) async throws -> Bool {
        let stamp = Timestamp.format(now)
        try await sql.raw(
            """
            INSERT INTO job_leases (name, holder, expires_at, next_run_at) VALUES (\(bind: name), NULL, NULL,
                \(bind: stamp)) ON CONFLICT (name) DO NOTHING
            """
        ).run()
        let taken = try await sql.raw(
            """
            UPDATE job_leases SET holder = \(bind: holder), expires_at = \(bind: Timestamp.format(expiresAt)),
                last_started_at = \(bind: stamp)
            WHERE name = \(bind: name) AND next_run_at <= \(bind: stamp)
                AND (holder IS NULL OR expires_at IS NULL OR expires_at <= \(bind: stamp))
            RETURNING name
            """
        ).all()
        return !taken.isEmpty
    }

    /// Extends the lease while the job runs; false when `holder` no longer holds it (another instance took it over
    /// after it expired), in which case the job must stop.
    public static func renew(
        name: String,
        holder: String,
        expiresAt: Date,
        in sql: any SQLDatabase
    ) async throws -> Bool {
        let renewed = try await sql.raw(
            """
            UPDATE job_leases SET expires_at = \(bind: Timestamp.format(expiresAt))
            WHERE name = \(bind: name) AND holder = \(bind: holder)
            RETURNING name
            """
        ).all()
        return !renewed.isEmpty
    }

    /// Gives the lease back after a run and sets the next one; false when `holder` had lost it meanwhile.
    public static func finish(
        name: String,
        holder: String,
        now: Date,
        nextRunAt: Date,
        error: String?,
        in sql: any SQLDatabase
    ) async throws -> Bool {
        let finished = try await sql.raw(
            """
            UPDATE job_leases SET holder = NULL, expires_at = NULL, next_run_at = \(bind: Timestamp.format(nextRunAt)),
                last_finished_at = \(bind: Timestamp.format(now)), last_error = \(bind: error)
            WHERE name = \(bind: name) AND holder = \(bind: holder)
            RETURNING name
            """
        ).all()
        return !finished.isEmpty
    }

    /// Every lease, by name (for the operations page and tests).
    public static func all(in sql: any SQLDatabase) async throws -> [JobLeaseRecord] {
        try await sql.raw("SELECT * FROM job_leases ORDER BY name").all().map { row in
            JobLeaseRecord(
                name: try row.decode(column: "name", as: String.self),
                holder: try row.decode(column: "holder", as: String?.self),
                expiresAt: try row.decode(column: "expires_at", as: String?.self).flatMap(Timestamp.parse),
                nextRunAt: Timestamp.parse(try row.decode(column: "next_run_at", as: String.self)) ?? .distantPast,
                lastStartedAt: try row.decode(column: "last_started_at", as: String?.self).flatMap(Timestamp.parse),
                lastFinishedAt: try row.decode(column: "last_finished_at", as: String?.self).flatMap(Timestamp.parse),
                lastError: try row.decode(column: "last_error", as: String?.self)
            )
        }
    }
}
