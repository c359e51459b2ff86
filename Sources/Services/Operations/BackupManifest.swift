import Foundation

/// What a backup holds, written beside it (`FILE.manifest.json`) and checked by a restore: the engine, the schema's
/// last migration, every table's row count, the audit chain's head and the file's SHA-256.
public struct BackupManifest: Codable, Sendable, Equatable {
    /// The head of the audit chain at the backup's instant.
    public struct AuditHead: Codable, Sendable, Equatable {
        public let sequence: Int
        public let hash: String

        public init(sequence: Int, hash: String) {
            self.sequence = sequence
            self.hash = hash
        }
    }

    public var format = 1
    /// `sqlite` or `postgres`: a backup restores into the engine it came from.
    public let engine: String
    /// When the backup was taken (UTC, ISO 8601).
    public let createdAt: String
    public let lastMigration: Int?
    public let tables: [String: Int]
    public let auditHead: AuditHead?
    /// SHA-256 of the backup file, in hexadecimal.
    public var sha256: String

    public init(
        engine: String,
        createdAt: String,
        lastMigration: Int?,
        tables: [String: Int],
        auditHead: AuditHead?,
        sha256: String
    ) {
        self.engine = engine
        self.createdAt = createdAt
        self.lastMigration = lastMigration
        self.tables = tables
        self.auditHead = auditHead
        self.sha256 = sha256
    }

    /// The total number of rows.
    public var rows: Int { tables.values.reduce(0, +) }

    /// Where the manifest of a backup file is written.
    public static func path(besides file: String) -> String { file + ".manifest.json" }

    /// The manifest as stable JSON (keys sorted), for a person to read and a restore to check.
    public func encoded() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        return try encoder.encode(self)
    }

    /// Reads the manifest written beside `file`.
    public static func read(besides file: String) throws -> BackupManifest {
        let url = URL(fileURLWithPath: path(besides: file))
        guard let data = try? Data(contentsOf: url) else {
            throw BackupError("manifeste introuvable : \(url.path) (il accompagne chaque sauvegarde)")
        }
        do {
            return try JSONDecoder().decode(BackupManifest.self, from: data)
        } catch {
            throw BackupError("manifeste illisible : \(url.path)")
        }
    }

    /// The differences between what the manifest promises and what a restored database holds, in French; empty
    /// when they agree.
    public func differences(
        tables found: [String: Int],
        auditHead foundHead: AuditHead?,
        lastMigration foundLast: Int?
    )
        -> [String]
    {
        var problems: [String] = []
        if foundLast != lastMigration {
            problems.append(
                "dernière migration \(foundLast.map(String.init) ?? "aucune") au lieu de "
                    + (lastMigration.map(String.init) ?? "aucune")
            )
        }
        for (table, count) in tables.sorted(by: { $0.key < $1.key }) where found[table] != count {
            problems.append("table \(table) : \(found[table].map(String.init) ?? "absente") lignes au lieu de \(count)")
        }
        for table in found.keys.sorted() where tables[table] == nil {
            problems.append("table \(table) en plus de celles de la sauvegarde")
        }
        if foundHead != auditHead {
            problems.append("tête de la chaîne d'audit différente")
        }
        return problems
    }
}

/// Why a backup or a restore stopped, in French.
public struct BackupError: Error, Sendable, Equatable, CustomStringConvertible {
    public let message: String

    public init(_ message: String) { self.message = message }

    public var description: String { message }
}
