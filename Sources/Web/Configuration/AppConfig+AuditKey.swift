import Foundation
import Persistence
import Services

extension AppConfig {
    /// A file beside a SQLite database file, named after it (`var/parcours.sqlite` → `var/parcours-SUFFIX`); nil
    /// for PostgreSQL and in-memory databases, which have no folder of their own.
    func besideDatabase(_ suffix: String) -> String? {
        guard case .sqliteFile(let path) = database else { return nil }
        return (path as NSString).deletingPathExtension + "-" + suffix
    }

    /// Where the audit key is read from: `PARCOURS_AUDIT_KEY_FILE`, or the file beside a SQLite database.
    public var auditKeyPath: String? { auditKeyFile ?? besideDatabase("audit.key") }

    /// The configuration with its audit key loaded: `PARCOURS_AUDIT_KEY` if set, else the key file. With
    /// `createIfMissing` (the demo, `parcours audit key`), a missing file is created with a new random key,
    /// readable by its owner only. A missing or unreadable key is a configuration error, explained in French.
    public func loadingAuditKey(createIfMissing: Bool = false) throws -> AppConfig {
        guard security.auditKey == nil else { return self }
        guard let path = auditKeyPath else {
            throw ConfigurationError(problems: [
                "PARCOURS_AUDIT_KEY_FILE : aucune clé du journal d'audit n'est configurée. Créez-la hors de la base "
                    + "(par exemple : parcours audit key --file /etc/parcours/audit.key) et indiquez son chemin."
            ])
        }
        var config = self
        if !FileManager.default.fileExists(atPath: path) {
            guard createIfMissing else {
                throw ConfigurationError(problems: [
                    "PARCOURS_AUDIT_KEY_FILE : la clé du journal d'audit est introuvable (\(path)). Créez-la avec "
                        + "« parcours audit key » (ou indiquez le bon chemin) ; sans elle, le journal ne peut être "
                        + "ni écrit ni vérifié."
                ])
            }
            try Self.writeNewKey(at: path)
        }
        guard let text = try? String(contentsOfFile: path, encoding: .utf8), let key = AuditKey(hex: text) else {
            throw ConfigurationError(problems: [
                "PARCOURS_AUDIT_KEY_FILE : \(path) ne contient pas une clé valable (64 chiffres hexadécimaux au moins)."
            ])
        }
        config.security.auditKey = key
        return config
    }

    /// Writes a new random key to `path`, readable by its owner only.
    static func writeNewKey(at path: String) throws {
        let directory = (path as NSString).deletingLastPathComponent
        do {
            if !directory.isEmpty {
                try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            }
        } catch {
            throw ConfigurationError(problems: [
                "Impossible de créer le dossier de la clé du journal d'audit : \(directory)."
            ])
        }
        let data = Data((AuditKey.generate().hex + "\n").utf8)
        guard FileManager.default.createFile(atPath: path, contents: data, attributes: [.posixPermissions: 0o600])
        else {
            throw ConfigurationError(problems: ["Impossible d'écrire la clé du journal d'audit : \(path)."])
        }
    }
}
