import Domain
import Foundation
import Logging
import Persistence

/// A fresh, migrated database for one test: in-memory SQLite, or a private schema of the PostgreSQL database
/// named by `PARCOURS_TEST_DATABASE_URL`.
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
        guard postgresURL != nil, !PostgresTestGate.isHeld else { return try await open(migrated: migrated, body) }
        await PostgresTestGate.shared.acquire()
        do {
            let result = try await PostgresTestGate.$isHeld.withValue(true) { try await open(migrated: migrated, body) }
            await PostgresTestGate.shared.release()
            return result
        } catch {
            await PostgresTestGate.shared.release()
            throw error
        }
    }

    /// Opens, migrates and afterwards removes the database of `with`.
    private static func open<T>(migrated: Bool, _ body: (any Database) async throws -> T) async throws -> T {
        let logger = Logger(label: "parcours.test")
        let database: any Database
        var schema: String?
        if let url = postgresURL {
            let name = "test_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(16)
            schema = String(name)
            database = try await PostgresStore.make(
                url: url,
                schema: schema,
                maximumConnections: TestDatabase.postgresConnections,
                logger: logger
            )
        } else {
            database = try await SQLiteStore.open(path: nil, logger: logger)
        }
        return try await DatabaseFactory.with(database) { database in
            let postgres = database as? PostgresStore
            try await postgres?.createSchema()
            do {
                if migrated { try await Migrator(database: database).migrate(now: TestClock.now) }
                let result = try await body(database)
                if let schema { try? await postgres?.dropSchema(schema) }
                return result
            } catch {
                if let schema { try? await postgres?.dropSchema(schema) }
                throw error
            }
        }
    }
}

/// The instant tests are frozen at: Friday 27 November 2026, 10:00 UTC (11:00 in Paris).
public enum TestClock {
    public static let now = Date(timeIntervalSince1970: 1_795_773_600)
    /// That day in metropolitan France.
    public static let today = LocalTime.metropolitan.day(of: now)
}
