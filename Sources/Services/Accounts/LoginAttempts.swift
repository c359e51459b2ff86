import Domain
import Foundation
import Persistence
import SQLKit

/// Counts attempts to prove who one is (password at login, second-factor code, re-authentication) so that the
/// limits of `LoginThrottle` hold under concurrency: an attempt is counted, in the same transaction that read
/// the earlier ones, before its secret is checked.
struct LoginAttempts: Sendable {
    let environment: ServiceEnvironment

    /// Why an attempt failed, as written in the audit log.
    enum Failure: String {
        case wrongPassword = "mot de passe incorrect"
        case unknownEmail = "adresse e-mail inconnue"
        case inactiveAccount = "compte désactivé"
        case wrongCode = "code incorrect ou déjà utilisé"
    }

    /// Counts an attempt, or refuses it (throttled) when the account or the address has failed too often.
    /// Returns the attempt's id, to forget it if it succeeds.
    func reserve(email: String, address: String) async throws -> String {
        let id = environment.ids.makeIdentifier()
        let now = environment.time.now()
        let admitted = try await environment.database.write { sql in
            try await reserve(id: id, email: email, address: address, now: now, in: sql)
        }
        guard admitted else { throw DomainError.throttled(LoginThrottle.message) }
        return id
    }

    /// The same, inside the caller's transaction; false when refused (nothing is then written).
    func reserve(id: String, email: String, address: String, now: Date, in sql: any SQLDatabase) async throws -> Bool {
        try await LoginFailureRecords.lock(email: email, ip: address, in: sql, kind: environment.database.kind)
        let counts = try await LoginFailureRecords.counts(
            email: email,
            ip: address,
            since: now.addingTimeInterval(-LoginThrottle.window),
            in: sql
        )
        if LoginThrottle.refuses(counts) { return false }
        try await LoginFailureRecords.record(id: id, email: email, ip: address, at: now, in: sql)
        return true
    }

    /// Writes down a failure in the audit log: the account when there is one (never an unknown e-mail, which may
    /// be a password typed in the wrong field), the address and the reason. The counted attempt stays.
    func audit(
        _ failure: Failure,
        action: AuditAction,
        account: AccountSummary?,
        address: String,
        in sql: any SQLDatabase
    ) async throws {
        let entry = AuditEntry(
            actor: action == .loginFailed ? nil : account,
            action: action.rawValue,
            recordType: "compte",
            recordID: account?.id ?? "inconnu",
            changes: [
                AuditChange("motif", before: nil, after: failure.rawValue, personal: false),
                AuditChange("adresse", before: nil, after: address, personal: false),
            ]
        )
        try await environment.appendAudit(entry, in: sql)
    }

    /// Records a failure in its own transaction.
    func failed(
        _ failure: Failure,
        action: AuditAction = .loginFailed,
        account: AccountSummary?,
        address: String
    ) async throws {
        try await environment.database.write { sql in
            try await audit(failure, action: action, account: account, address: address, in: sql)
        }
    }
}
