import Foundation
import Logging
import Persistence

/// Restores a backup into an empty database and checks it against its manifest: the file's checksum before, then
/// every table's row count, the last migration and the audit chain's head after. Nothing is served from a restore
/// that does not match.
public enum DatabaseRestore {
    /// Restores `file` into the database at `url` (a SQLite file that does not exist yet, or an empty PostgreSQL
    /// database) and returns the manifest it matched.
    public static func restore(_ file: String, into url: DatabaseURL, logger: Logger) async throws -> BackupManifest {
        let manifest = try BackupManifest.read(besides: file)
        guard try FileDigest.sha256(of: file) == manifest.sha256 else {
            throw BackupError(
                "l'empreinte SHA-256 de \(file) ne correspond pas à son manifeste : fichier altéré ou incomplet"
            )
        }
        let kind: DatabaseKind
        switch url {
        case .sqliteMemory:
            throw BackupError("une restauration se fait dans un fichier SQLite ou une base PostgreSQL, pas en mémoire")
        case .sqliteFile(let path):
            guard manifest.engine == "sqlite" else { throw mismatch(manifest) }
            guard !FileManager.default.fileExists(atPath: path) else {
                throw BackupError("\(path) existe déjà : une restauration se fait dans un fichier nouveau")
            }
            try FileManager.default.copyItem(atPath: file, toPath: path)
            kind = .sqlite
        case .postgres(let raw):
            guard manifest.engine == "postgres" else { throw mismatch(manifest) }
            let existing = try await DatabaseFactory.using(url, logger: logger) { target in
                try await target.read { try await BackupQueries.tables(kind: .postgres, in: $0) }
            }
            guard existing.isEmpty else {
                throw BackupError(
                    "la base cible n'est pas vide (\(existing.count) tables) : restaurez dans une base neuve"
                )
            }
            try await ExternalTool.run(
                "pg_restore",
                ["--no-owner", "--no-privileges", "--exit-on-error", "--single-transaction", "--dbname=\(raw)", file]
            )
            kind = .postgres
        }
        let found = try await DatabaseFactory.using(url, logger: logger) { restored in
            try await restored.read {
                try await DatabaseBackup.describe(engine: manifest.engine, kind: kind, now: Date(), $0)
            }
        }
        let problems = manifest.differences(
            tables: found.tables,
            auditHead: found.auditHead,
            lastMigration: found.lastMigration
        )
        guard problems.isEmpty else {
            throw BackupError("la base restaurée ne correspond pas au manifeste : " + problems.joined(separator: " ; "))
        }
        return manifest
    }

    private static func mismatch(_ manifest: BackupManifest) -> BackupError {
        BackupError("cette sauvegarde vient d'une base \(manifest.engine) : restaurez-la dans le même moteur")
    }
}
