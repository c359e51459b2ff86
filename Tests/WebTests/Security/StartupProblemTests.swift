import Foundation
import Logging
import NIOCore
import Persistence
import Services
import TestSupport
import Testing
import Web

#if canImport(Glibc)
import Glibc
#endif

/// What stops Parcours from starting is said in French, never as a crash or a library's English message.
@Suite("Erreurs au démarrage")
struct StartupProblemTests {
    static let logger = Logger(label: "parcours.test")

    static func failure(opening url: DatabaseURL) async -> (any Error)? {
        do {
            let database = try await DatabaseFactory.open(url, logger: logger)
            defer { Task { await database.close() } }
            _ = try await Migrator(database: database).migrate()
            return nil
        } catch {
            return error
        }
    }

    @Test func aMissingDatabaseFolderIsExplained() async throws {
        var config = AppConfig()
        config.database = .sqliteFile(path: "/proc/parcours-introuvable/base.sqlite")
        let error = try #require(await Self.failure(opening: config.database))
        let message = try #require(StartupProblem.describe(error, config: config))
        #expect(message.contains("/proc/parcours-introuvable/base.sqlite"))
        #expect(message.hasPrefix("Impossible"))
    }

    @Test func aFileThatIsNoDatabaseIsExplained() async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("pas-une-base-\(UUID()).sqlite").path
        try String(repeating: "ceci n'est pas une base SQLite\n", count: 200).write(
            toFile: path,
            atomically: true,
            encoding: .utf8
        )
        defer { try? FileManager.default.removeItem(atPath: path) }
        var config = AppConfig()
        config.database = .sqliteFile(path: path)
        let error = try #require(await Self.failure(opening: config.database))
        #expect(StartupProblem.describe(error, config: config)?.contains("n'est pas une base SQLite") == true)
    }

    @Test func aReadOnlyDatabaseIsExplained() async throws {
        var config = AppConfig()
        config.database = .sqliteFile(path: "/srv/parcours.sqlite")
        // Tests run as root, which file permissions do not stop: SQLite is made read-only by a pragma instead,
        // and answers a write with the same error as for a read-only file.
        let database = try await SQLiteStore.open(path: nil, logger: Self.logger)
        var failure: (any Error)?
        do {
            try await database.write { sql in
                try await sql.raw("PRAGMA query_only = 1").run()
                try await sql.raw("CREATE TABLE essai (a TEXT)").run()
            }
        } catch {
            failure = error
        }
        await database.close()
        let message = try #require(failure.flatMap { StartupProblem.describe($0, config: config) })
        #expect(message.contains("lecture seule"))
        #expect(!message.contains("readonly"))
    }

    @Test func anUnreachablePostgreSQLIsExplained() async throws {
        var config = AppConfig()
        config.database = .postgres(url: "postgres://parcours@127.0.0.1:9/parcours?sslmode=disable")
        let error = try #require(await Self.failure(opening: config.database))
        let message = try #require(StartupProblem.describe(error, config: config))
        #expect(message.contains("injoignable"))
    }

    @Test func aPortInUseIsExplained() async throws {
        let listener = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(listener) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { pointer in
                bind(listener, pointer, length) == 0 && listen(listener, 1) == 0
                    && getsockname(listener, pointer, &length) == 0
            }
        }
        try #require(bound)
        var config = AppConfig()
        config.port = Int(UInt16(bigEndian: address.sin_port))
        config.security.auditKey = TestAuditKey.key
        let error = try await TestDatabase.with { database in
            // The test database already runs for the length of the test: the application must not run it again.
            let app = try buildApplication(
                WebDependencies(config: config, database: database, logger: Self.logger, runsDatabase: false)
            )
            do {
                try await app.runService()
                return nil as (any Error)?
            } catch {
                return error
            }
        }
        let message = try #require(error.flatMap { StartupProblem.describe($0, config: config) })
        #expect(message.contains("port \(config.port) est déjà utilisé"))
    }
}

/// PostgreSQL's own refusals, against the test server when there is one.
@Suite("Erreurs au démarrage sur PostgreSQL")
struct PostgresStartupProblemTests {
    @Test(.enabled(if: TestDatabase.postgresURL != nil))
    func aDatabaseThatDoesNotExistIsExplained() async throws {
        let server = try #require(TestDatabase.postgresURL)
        let missing = server.replacingOccurrences(
            of: #"/[^/?]+(\?|$)"#,
            with: "/base_inexistante$1",
            options: .regularExpression
        )
        var config = AppConfig()
        config.database = .postgres(url: missing)
        let error = try #require(await StartupProblemTests.failure(opening: config.database))
        #expect(StartupProblem.describe(error, config: config)?.contains("n'existe pas") == true)
    }
}
