import Foundation
import Persistence

/// The migrated PostgreSQL database that every test's database is copied from (`CREATE DATABASE … TEMPLATE`, about
/// 0.1 s), made once per test run: migrating each test's database took 3.4 s in a debug build, most of the
/// PostgreSQL suite's time. Named after the test process, so that two runs on one server never share it; a template
/// left by a run that no longer exists is dropped when the next run makes its own.
actor PostgresTemplate {
    static let shared = PostgresTemplate()

    private var made: Task<String, any Error>?

    /// The template's name, made and migrated (at `TestClock.now`) on first use.
    func name(url: String) async throws -> String {
        if let made { return try await made.value }
        let task = Task { try await Self.make(url: url) }
        made = task
        return try await task.value
    }

    private static let prefix = "parcours_template_"

    private static func make(url: String) async throws -> String {
        let name = prefix + String(getpid())
        try await dropAbandoned(url: url)
        try await TestDatabase.drop(name, url: url)
        try await PostgresStore.administer("CREATE DATABASE \(ident: name)", at: url, logger: TestDatabase.logger)
        let database = try await PostgresStore.make(url: url, database: name, logger: TestDatabase.logger)
        // The pool is closed when `with` returns: a template may be copied only while nobody is connected to it.
        _ = try await DatabaseFactory.with(database) { try await Migrator(database: $0).migrate(now: TestClock.now) }
        return name
    }

    /// Drops the templates of test runs whose process has ended.
    private static func dropAbandoned(url: String) async throws {
        let store = try await PostgresStore.make(url: url, maximumConnections: 1, logger: TestDatabase.logger)
        let names = try await DatabaseFactory.with(store) { database in
            try await database.read { sql in
                try await sql.raw("SELECT datname AS name FROM pg_database WHERE datname LIKE \(bind: prefix + "%")")
                    .all().map { try $0.decode(column: "name", as: String.self) }
            }
        }
        for name in names {
            guard let pid = Int32(name.dropFirst(prefix.count)), kill(pid, 0) != 0, errno == ESRCH else { continue }
            try await TestDatabase.drop(name, url: url)
        }
    }
}
