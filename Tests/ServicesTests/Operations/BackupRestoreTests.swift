import Domain
import Foundation
import Logging
import Persistence
import Services
import TestSupport
import Testing

/// On SQLite (the default test database); `ci/backup_restore.sh` runs the same on PostgreSQL with pg_dump.
@Suite(
    "Sauvegarde et restauration",
    .enabled(if: ProcessInfo.processInfo.environment["PARCOURS_TEST_DATABASE_URL"] == nil)
)
struct BackupRestoreTests {
    let logger = Logger(label: "test")

    func scratch() throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("parcours-backup-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return directory
    }

    @Test func aBackupTakenDuringWritesRestoresWithItsCountsAndAnIntactAuditChain() async throws {
        try await TestEnvironment.withDemo(secondFactorRequired: false) { environment, _ in
            let directory = try scratch()
            defer { try? FileManager.default.removeItem(at: directory) }
            let admin = try await TestEnvironment.signIn(.admin, environment)
            let writes = Task {
                for index in 0..<40 {
                    _ = try await OrganisationService(environment: environment).create(
                        OrganisationInput(
                            name: "Association \(index)",
                            kind: "association",
                            siret: "",
                            rna: "",
                            departementCodes: ["69"]
                        ),
                        actor: admin
                    )
                }
            }
            let file = directory.appendingPathComponent("parcours.sqlite").path
            let manifest = try await DatabaseBackup.backup(
                environment.database,
                url: .sqliteMemory,
                to: file,
                now: TestClock.now,
                logger: logger
            )
            try await writes.value
            #expect(manifest.engine == "sqlite")
            #expect(manifest.tables["accounts"] ?? 0 > 0 && manifest.tables["audit_events"] ?? 0 > 0)
            #expect(manifest.lastMigration == MigrationList.all.last?.number)

            let target = directory.appendingPathComponent("restored.sqlite").path
            let restored = try await DatabaseRestore.restore(file, into: .sqliteFile(path: target), logger: logger)
            #expect(restored == manifest)
            let database = try await DatabaseFactory.open(.sqliteFile(path: target), logger: logger)
            let copy = ServiceEnvironment(
                database: database,
                time: environment.time,
                ids: environment.ids,
                security: environment.security
            )
            let verification = try await copy.verifyAuditLog()
            await database.close()
            guard case .intact(let events) = verification else {
                Issue.record("restored audit chain broken: \(verification)")
                return
            }
            #expect(events == manifest.auditHead?.sequence)
        }
    }

    @Test func anAlteredBackupOrANonEmptyTargetIsRefused() async throws {
        try await TestEnvironment.withDemo(secondFactorRequired: false) { environment, _ in
            let directory = try scratch()
            defer { try? FileManager.default.removeItem(at: directory) }
            let file = directory.appendingPathComponent("parcours.sqlite").path
            _ = try await DatabaseBackup.backup(
                environment.database,
                url: .sqliteMemory,
                to: file,
                now: TestClock.now,
                logger: logger
            )
            await #expect(throws: BackupError.self) {
                try await DatabaseBackup.backup(
                    environment.database,
                    url: .sqliteMemory,
                    to: file,
                    now: TestClock.now,
                    logger: logger
                )
            }
            let existing = directory.appendingPathComponent("existing.sqlite").path
            #expect(FileManager.default.createFile(atPath: existing, contents: Data()))
            await #expect(throws: BackupError.self) {
                try await DatabaseRestore.restore(file, into: .sqliteFile(path: existing), logger: logger)
            }
            let handle = try #require(FileHandle(forWritingAtPath: file))
            try handle.seekToEnd()
            try handle.write(contentsOf: Data([0]))
            try handle.close()
            let target = directory.appendingPathComponent("restored.sqlite").path
            do {
                _ = try await DatabaseRestore.restore(file, into: .sqliteFile(path: target), logger: logger)
                Issue.record("an altered backup was restored")
            } catch let error as BackupError {
                #expect(error.message.contains("SHA-256"))
            }
            #expect(!FileManager.default.fileExists(atPath: target))
        }
    }

    @Test func theManifestNamesEveryDifference() {
        let manifest = BackupManifest(
            engine: "sqlite",
            createdAt: "2026-12-02T06:00:00Z",
            lastMigration: 75,
            tables: ["households": 3, "persons": 7],
            auditHead: .init(sequence: 12, hash: "ab"),
            sha256: ""
        )
        let problems = manifest.differences(
            tables: ["households": 3, "persons": 6, "extra": 0],
            auditHead: .init(sequence: 11, hash: "cd"),
            lastMigration: 75
        )
        #expect(
            problems == [
                "table persons : 6 lignes au lieu de 7", "table extra en plus de celles de la sauvegarde",
                "tête de la chaîne d'audit différente",
            ]
        )
    }
}
