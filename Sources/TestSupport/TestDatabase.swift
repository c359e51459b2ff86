import Domain
import Foundation
import Logging
import Persistence

/// A fresh, migrated database for one test: in-memory SQLite, or a copy of the migrated template database on the
/// PostgreSQL server named by `PARCOURS_TEST_DATABASE_URL` (see `PostgresTemplate`).
public enum TestDatabase {
    /// The PostgreSQL URL tests run against, when set.
    public static var postgresURL: String? {
        ProcessInfo.processInfo.environment["PARCOURS_TEST_DATABASE_URL"].flatMap { $0.isEmpty ? nil : $0 }
    }

    /// The pool of each test's PostgreSQL database: enough for the concurrency tests' races, small enough that the
    /// tests let through by `PostgresTestGate` stay well under the server's `max_connections`.
    static let postgresConnections = 6

    /// Runs `body` with a fresh database, migrated unless `migrated` is false, and removes it afterwards.
    public static func with<T>(migrated: Bool = true, _ body: (any Database) async throws -> T) async throws -> T {
        guard let url = postgresURL else {
            let database = try await SQLiteStore.open(path: nil, logger: logger)
            return try await DatabaseFactory.with(database) { database in
                if migrated { try await Migrator(database: database).migrate(now: TestClock.now) }
                return try await body(database)
            }
        }
        if PostgresTestGate.isHeld { return try await postgres(url: url, migrated: migrated, body) }
        await PostgresTestGate.shared.acquire()
        do {
            let result = try await PostgresTestGate.$isHeld.withValue(true) {
                try await postgres(url: url, migrated: migrated, body)
            }
            await PostgresTestGate.shared.release()
            return result
        } catch {
            await PostgresTestGate.shared.release()
            throw error
        }
    }

    static let logger = Logger(label: "parcours.test")

    /// Copies the template (or, unmigrated, PostgreSQL's empty `template0`) into a database of its own, runs `body`
    /// with it and drops it.
    private static func postgres<T>(
        url: String,
        migrated: Bool,
        _ body: (any Database) async throws -> T
    ) async throws -> T {
        let template = migrated ? try await PostgresTemplate.shared.name(url: url) : "template0"
        let name = "test_" + String(UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(16))
        try await PostgresStore.administer(
            "CREATE DATABASE \(ident: name) TEMPLATE \(ident: template)",
            at: url,
            logger: logger
        )
        do {
            let database = try await PostgresStore.make(
                url: url,
                database: name,
                maximumConnections: postgresConnections,
                logger: logger
            )
            let result = try await DatabaseFactory.with(database, body)
            try await drop(name, url: url)
            return result
        } catch {
            try? await drop(name, url: url)
            throw error
        }
    }

    /// Drops a test's database, closing what is still connected to it.
    static func drop(_ name: String, url: String) async throws {
        try await PostgresStore.administer(
            "DROP DATABASE IF EXISTS \(ident: name) WITH (FORCE)",
            at: url,
            logger: logger
        )
    }
}

/// The instant tests are frozen at: Friday 27 November 2026, 10:00 UTC (11:00 in Paris).
public enum TestClock {
    public static let now = Date(timeIntervalSince1970: 1_795_773_600)
    /// That day in metropolitan France.
    public static let today = LocalTime.metropolitan.day(of: now)
}
