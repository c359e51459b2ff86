import Foundation
import Logging
import Persistence
import SQLKit

/// A consistent copy of the database while the server runs, with its manifest: SQLite through `VACUUM INTO` (one
/// read transaction, so one instant), PostgreSQL through `pg_dump` in custom format on a snapshot exported from the
/// transaction that also counts the rows, so that the manifest describes exactly what the dump holds.
public enum DatabaseBackup {
    /// Backs `database` (found at `url`) up into `file`, which must not exist, and writes its manifest beside it.
    public static func backup(
        _ database: any Database,
        url: DatabaseURL,
        to file: String,
        now: Date,
        logger: Logger
    ) async throws -> BackupManifest {
        guard !FileManager.default.fileExists(atPath: file) else {
            throw BackupError("\(file) existe déjà : choisissez un nouveau fichier (une sauvegarde n'en écrase aucune)")
        }
        var manifest: BackupManifest
        switch url {
        case .sqliteFile, .sqliteMemory:
            try await database.read { try await $0.raw("VACUUM INTO \(bind: file)").run() }
            // The copy is counted, not the live database: it is what a restore will find.
            manifest = try await DatabaseFactory.using(.sqliteFile(path: file), logger: logger) { copy in
                try await copy.read { try await describe(engine: "sqlite", kind: .sqlite, now: now, $0) }
            }
        case .postgres(let raw):
            manifest = try await database.write { sql in
                try await sql.raw("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY").run()
                guard
                    let snapshot = try await sql.raw("SELECT pg_export_snapshot() AS s").first()?.decode(
                        column: "s",
                        as: String.self
                    )
                else { throw BackupError("PostgreSQL n'a pas donné d'instantané") }
                try await ExternalTool.run(
                    "pg_dump",
                    ["--format=custom", "--no-owner", "--snapshot=\(snapshot)", "--file=\(file)", "--dbname=\(raw)"]
                )
                return try await describe(engine: "postgres", kind: .postgres, now: now, sql)
            }
        }
        manifest.sha256 = try FileDigest.sha256(of: file)
        try manifest.encoded().write(to: URL(fileURLWithPath: BackupManifest.path(besides: file)))
        return manifest
    }

    /// The manifest of what `sql` sees (its checksum is filled once the file is complete).
    static func describe(
        engine: String,
        kind: DatabaseKind,
        now: Date,
        _ sql: any SQLDatabase
    ) async throws -> BackupManifest {
        let tables = try await BackupQueries.tables(kind: kind, in: sql)
        let head = try await AuditRecords.last(in: sql)
        return BackupManifest(
            engine: engine,
            createdAt: ISO8601DateFormatter().string(from: now),
            lastMigration: try await BackupQueries.lastMigration(in: sql),
            tables: try await BackupQueries.counts(of: tables, in: sql),
            auditHead: head.map { BackupManifest.AuditHead(sequence: $0.seq, hash: $0.hash) },
            sha256: ""
        )
    }
}
