import Crypto
import Domain
import Persistence

extension ServiceEnvironment {
    /// The bytes of a platform secret, created on first use from 32 random bytes and stored in the database, so that
    /// every instance shares it and it never changes; its creation is audited, never its value.
    public func platformSecret(named name: String) async throws -> [UInt8] {
        if let stored = try await database.read({ try await PlatformSecretRecords.value(named: name, in: $0) }) {
            return try Self.secretBytes(stored, name: name)
        }
        return try await database.write { sql in
            let fresh = Hex.encode(SymmetricKey(size: .bits256).withUnsafeBytes { Array($0) })
            try await PlatformSecretRecords.insertIfAbsent(name: name, value: fresh, at: time.now(), in: sql)
            // Another instance may have stored its own secret first: everyone keeps the one in the database.
            let stored = try await PlatformSecretRecords.value(named: name, in: sql) ?? ""
            if stored == fresh {
                let entry = AuditEntry(
                    actor: nil,
                    action: AuditAction.platformSecretCreated.rawValue,
                    recordType: "secret_plateforme",
                    recordID: name,
                    changes: [AuditChange("valeur", before: nil, after: fresh, personal: true)]
                )
                try await appendAudit(entry, in: sql)
            }
            return try Self.secretBytes(stored, name: name)
        }
    }

    /// The bytes of a stored secret, refusing a value that is not hexadecimal (a hand-edited row).
    static func secretBytes(_ stored: String, name: String) throws -> [UInt8] {
        guard let bytes = Hex.decode(stored), !bytes.isEmpty else {
            throw DomainError.conflict("Le secret de plateforme « \(name) » est illisible dans la base de données.")
        }
        return bytes
    }
}
