import Domain
import Foundation
import Persistence

/// Personal API tokens: created by their owner (shown once), listed, revoked; they act with the owner's rights.
public struct ApiTokenService: Sendable {
    let environment: ServiceEnvironment
    /// Every token starts with this prefix, so that a leaked one is easy to recognise.
    public static let prefix = "prc_"
    /// The validity periods offered, in days.
    public static let validityChoices = [30, 90, 365]

    public init(environment: ServiceEnvironment) { self.environment = environment }

    /// A token just created: its value, to show once, and its record.
    public struct Created: Sendable {
        public let value: String
        public let token: ApiToken
    }

    /// Creates a token for its owner after the current password (`password`), counted and throttled like a login;
    /// a wrong password and bad fields get a message each, and nothing is written.
    public func create(
        account: AccountSummary,
        name: String,
        days: Int,
        password: String,
        address: String
    ) async throws -> Created {
        let confirmation = try await ReauthenticationService(environment: environment).confirmPassword(
            account: account,
            password: password,
            address: address,
            field: "password",
            alongside: Self.problems(name: name, days: days)
        )
        return try await create(account: account, name: name, days: days, confirmation: confirmation)
    }

    /// Creates a token for `account`, valid `days` days, once its owner has confirmed who they are (`confirmation`
    /// from `ReauthenticationService`, or `.commandLine`).
    public func create(
        account: AccountSummary,
        name rawName: String,
        days: Int,
        confirmation: Reauthentication
    ) async throws -> Created {
        let name = rawName.trimmingCharacters(in: .whitespacesAndNewlines)
        let errors = Self.problems(name: rawName, days: days)
        guard errors.isEmpty else { throw DomainError.invalid(errors) }
        let value = Self.prefix + environment.ids.makeToken(byteCount: 32)
        let id = environment.ids.makeIdentifier()
        let now = environment.time.now()
        let expiresAt = now.addingTimeInterval(Double(days) * 86_400)
        try await environment.database.write { sql in
            try await confirmation.settle(in: sql)
            try await ApiTokenRecords.insert(
                id: id,
                accountID: account.id,
                name: name,
                tokenHash: TokenHash.of(value),
                now: now,
                expiresAt: expiresAt,
                in: sql
            )
            try await environment.audit(
                .apiTokenCreated,
                recordType: "jeton",
                id: id,
                before: [:],
                after: ["nom": name, "expire": Timestamp.format(expiresAt)],
                actor: account,
                in: sql
            )
        }
        let token = ApiToken(id: id, name: name, createdAt: now, expiresAt: expiresAt, lastUsedAt: nil, revokedAt: nil)
        return Created(value: value, token: token)
    }

    /// What is wrong with a new token's name and validity.
    static func problems(name rawName: String, days: Int) -> FieldErrors {
        var errors = FieldErrors()
        let name = rawName.trimmingCharacters(in: .whitespacesAndNewlines)
        if name.isEmpty { errors.add("name", "Donnez un nom au jeton, par exemple « script d'import ».") }
        if name.count > 100 { errors.add("name", "Le nom ne doit pas dépasser 100 caractères.") }
        if !(1...365).contains(days) { errors.add("days", "Choisissez une durée de validité entre 1 et 365 jours.") }
        return errors
    }

    /// An account's tokens, newest first.
    public func list(account: AccountSummary) async throws -> [ApiToken] {
        try await environment.database.read { try await ApiTokenRecords.list(accountID: account.id, in: $0) }
    }

    /// Revokes one of the account's own tokens; another account's token is "not found".
    public func revoke(account: AccountSummary, tokenID: String) async throws {
        let now = environment.time.now()
        try await environment.database.write { sql in
            guard try await ApiTokenRecords.revoke(id: tokenID, accountID: account.id, at: now, in: sql) else {
                throw DomainError.notFound
            }
            try await environment.audit(
                .apiTokenRevoked,
                recordType: "jeton",
                id: tokenID,
                before: ["revoque": "non"],
                after: ["revoque": "oui"],
                actor: account,
                in: sql
            )
        }
    }

    /// What a bearer token comes to.
    public enum Authentication: Sendable, Equatable {
        /// The token acts for this account.
        case account(AccountSummary)
        /// Unknown, expired or revoked (or its account is deactivated).
        case refused
        /// Its account must enrol a second factor first, as its sessions must.
        case secondFactorRequired
    }

    /// The account a bearer token acts for; a token is held, like a session, until its account has enrolled the
    /// second factor its role requires.
    public func authenticate(_ value: String) async throws -> Authentication {
        guard value.hasPrefix(Self.prefix) else { return .refused }
        let now = environment.time.now()
        let hash = TokenHash.of(value)
        guard
            let found = try await environment.database.read({
                try await ApiTokenRecords.owner(tokenHash: hash, at: now, in: $0)
            })
        else { return .refused }
        if environment.security.requiresSecondFactor(found.account.role) && !found.hasSecondFactor {
            return .secondFactorRequired
        }
        // As with sessions, a minute's precision avoids a write per request.
        if found.lastUsedAt.map({ now.timeIntervalSince($0) >= 60 }) ?? true {
            try await environment.database.write { try await ApiTokenRecords.touch(id: found.tokenID, at: now, in: $0) }
        }
        return .account(found.account)
    }
}
