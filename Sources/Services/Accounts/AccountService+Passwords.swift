import Domain
import Foundation
import Persistence
import SQLKit

extension AccountService {
    /// Replaces an account's password (a generated one when `password` is nil), ends its sessions and revokes its
    /// API tokens; returns the new password so it can be handed over once. The password is hashed before the
    /// transaction, which checks the account again and writes.
    public func resetPassword(
        email rawEmail: String? = nil,
        id: String? = nil,
        password: String? = nil,
        actor: AccountSummary?
    )
        async throws -> String
    {
        try environment.requireAdministrator(actor)
        let secret = password ?? environment.ids.makeToken(byteCount: 12)
        guard let target = try await environment.database.read({ try await target(email: rawEmail, id: id, in: $0) })
        else { throw DomainError.notFound }
        if let problem = PasswordPolicy.problem(with: secret, email: target.summary.email) {
            var errors = FieldErrors()
            errors.add("password", problem)
            throw DomainError.invalid(errors)
        }
        let hash = try await PasswordHasher(cost: environment.security.bcryptCost).hash(secret)
        let now = environment.time.now()
        try await environment.database.write { sql in
            guard let account = try await AccountRecords.find(id: target.summary.id, in: sql) else {
                throw DomainError.notFound
            }
            try await AccountRecords.setPasswordHash(
                hash,
                accountID: account.summary.id,
                temporary: password == nil,
                in: sql
            )
            try await SessionRecords.deleteAll(accountID: account.summary.id, in: sql)
            let revoked = try await ApiTokenRecords.revokeAll(accountID: account.summary.id, at: now, in: sql)
            let entry = AuditEntry(
                actor: actor,
                action: AuditAction.passwordReset.rawValue,
                recordType: "compte",
                recordID: account.summary.id,
                changes: Self.passwordChanges(revokedTokens: revoked)
            )
            try await environment.appendAudit(entry, in: sql)
        }
        return secret
    }

    /// The account named by its id or its e-mail.
    private func target(email rawEmail: String?, id: String?, in sql: any SQLDatabase) async throws -> AccountDetails? {
        if let id { return try await AccountRecords.find(id: id, in: sql) }
        guard let email = rawEmail.flatMap(EmailAddress.normalise),
            let credentials = try await AccountRecords.credentials(email: email, in: sql)
        else { return nil }
        return try await AccountRecords.find(id: credentials.account.id, in: sql)
    }

    /// What a password change or reset records: that the password changed (masked) and how many tokens it revoked.
    static func passwordChanges(revokedTokens: Int) -> [AuditChange] {
        [
            AuditChange("mot_de_passe", before: "ancien", after: "nouveau", personal: true),
            AuditChange("jetons_revoques", before: nil, after: String(revokedTokens)),
        ]
    }

    /// Lets someone change their own password: the current one (counted and throttled like a login), then the
    /// new one twice. Other sessions end and the account's API tokens are revoked.
    public func changeOwnPassword(
        account: AccountSummary,
        sessionToken: String,
        current: String,
        new: String,
        confirmation: String,
        address: String = "inconnue"
    ) async throws {
        var errors = FieldErrors()
        if let problem = PasswordPolicy.problem(with: new, email: account.email) {
            errors.add("new", problem)
        } else if new == current {
            errors.add("new", "Choisissez un mot de passe différent de l'actuel.")
        }
        if new != confirmation {
            errors.add("confirmation", "La confirmation ne correspond pas au nouveau mot de passe.")
        }
        let proof = try await ReauthenticationService(environment: environment).confirmPassword(
            account: account,
            password: current,
            address: address,
            field: "current",
            alongside: errors
        )
        let hash = try await PasswordHasher(cost: environment.security.bcryptCost).hash(new)
        let now = environment.time.now()
        try await environment.database.write { sql in
            try await AccountRecords.setPasswordHash(hash, accountID: account.id, in: sql)
            try await SessionRecords.deleteOthers(accountID: account.id, keeping: TokenHash.of(sessionToken), in: sql)
            let revoked = try await ApiTokenRecords.revokeAll(accountID: account.id, at: now, in: sql)
            try await proof.settle(in: sql)
            let entry = AuditEntry(
                actor: account,
                action: AuditAction.passwordChanged.rawValue,
                recordType: "compte",
                recordID: account.id,
                changes: Self.passwordChanges(revokedTokens: revoked)
            )
            try await environment.appendAudit(entry, in: sql)
        }
    }
}
