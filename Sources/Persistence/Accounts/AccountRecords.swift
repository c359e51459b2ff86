import Domain
import Foundation
import SQLKit

/// A new account as written to the database, its password already hashed.
public struct NewAccount: Sendable {
    public let id: String
    public let organisationID: String
    public let email: String
    public let displayName: String
    public let role: Role
    public let scope: TerritorialScope
    public let passwordHash: String

    public init(
        id: String,
        organisationID: String,
        email: String,
        displayName: String,
        role: Role,
        scope: TerritorialScope,
        passwordHash: String
    ) {
        self.id = id
        self.organisationID = organisationID
        self.email = email
        self.displayName = displayName
        self.role = role
        self.scope = scope
        self.passwordHash = passwordHash
    }
}

/// What login needs to know about an account.
public struct AccountCredentials: Sendable {
    public let account: AccountSummary
    public let passwordHash: String
    public let active: Bool
}

/// SQL for the `accounts` table.
public enum AccountRecords {
    /// Inserts an active account.
    public static func insert(_ account: NewAccount, at now: Date, in sql: any SQLDatabase) async throws {
        try await sql.raw(
            """
            INSERT INTO accounts (id, organisation_id, email, display_name, role, scope, password_hash, active, created_at)
            VALUES (\(bind: account.id), \(bind: account.organisationID), \(bind: account.email),
                    \(bind: account.displayName), \(bind: account.role.rawValue), \(bind: account.scope.storedValue),
                    \(bind: account.passwordHash), \(bind: true), \(bind: Timestamp.format(now)))
            """
        ).run()
    }

    /// The account with this (normalised) e-mail, with its password hash.
    public static func credentials(email: String, in sql: any SQLDatabase) async throws -> AccountCredentials? {
        guard
            let row = try await sql.raw(
                """
                SELECT a.id, a.email, a.display_name, a.role, a.scope, a.password_hash, a.active,
                       o.id AS organisation_id, o.name AS organisation_name
                FROM accounts a JOIN organisations o ON o.id = a.organisation_id
                WHERE a.email = \(bind: email)
                """
            ).first()
        else { return nil }
        return AccountCredentials(
            account: try summary(row),
            passwordHash: try row.decode(column: "password_hash", as: String.self),
            active: try row.decode(column: "active", as: Bool.self)
        )
    }

    /// Every account with its organisation, by organisation then name.
    public static func all(in sql: any SQLDatabase) async throws -> [AccountDetails] {
        try await sql.raw(
            """
            SELECT \(unsafeRaw: detailColumns) FROM accounts a JOIN organisations o ON o.id = a.organisation_id
            ORDER BY o.name, a.display_name
            """
        ).all().map(details)
    }

    /// One account by id.
    public static func find(id: String, in sql: any SQLDatabase) async throws -> AccountDetails? {
        try await sql.raw(
            """
            SELECT \(unsafeRaw: detailColumns) FROM accounts a JOIN organisations o ON o.id = a.organisation_id
            WHERE a.id = \(bind: id)
            """
        ).first().map(details)
    }

    /// Whether another account already uses this e-mail.
    public static func emailTaken(_ email: String, exceptID: String?, in sql: any SQLDatabase) async throws -> Bool {
        let row = try await sql.raw(
            "SELECT id FROM accounts WHERE email = \(bind: email) AND id <> \(bind: exceptID ?? "")"
        ).first()
        return row != nil
    }

    /// Replaces an account's editable fields.
    public static func update(
        id: String,
        organisationID: String,
        email: String,
        displayName: String,
        role: Role,
        scope: TerritorialScope,
        in sql: any SQLDatabase
    ) async throws {
        try await sql.raw(
            """
            UPDATE accounts SET organisation_id = \(bind: organisationID), email = \(bind: email),
                display_name = \(bind: displayName), role = \(bind: role.rawValue), scope = \(bind: scope.storedValue)
            WHERE id = \(bind: id)
            """
        ).run()
    }

    /// Activates or deactivates an account.
    public static func setActive(_ active: Bool, id: String, in sql: any SQLDatabase) async throws {
        try await sql.raw("UPDATE accounts SET active = \(bind: active) WHERE id = \(bind: id)").run()
    }

    static let detailColumns = """
        a.id, a.email, a.display_name, a.role, a.scope, a.active, o.id AS organisation_id, o.name AS organisation_name
        """

    static func details(_ row: any SQLRow) throws -> AccountDetails {
        AccountDetails(summary: try summary(row), active: try row.decode(column: "active", as: Bool.self))
    }

    /// Replaces an account's password hash; `temporary` when someone else chose it, so that its holder must change
    /// it at the next sign-in.
    public static func setPasswordHash(
        _ hash: String,
        accountID: String,
        temporary: Bool = false,
        in sql: any SQLDatabase
    ) async throws {
        try await sql.raw(
            """
            UPDATE accounts SET password_hash = \(bind: hash), password_temporary = \(bind: temporary)
            WHERE id = \(bind: accountID)
            """
        ).run()
    }

    /// Reads an account summary from a row that has the account and organisation columns.
    static func summary(_ row: any SQLRow) throws -> AccountSummary {
        let roleValue = try row.decode(column: "role", as: String.self)
        let scopeValue = try row.decode(column: "scope", as: String.self)
        guard let role = Role(rawValue: roleValue), let scope = TerritorialScope(storedValue: scopeValue) else {
            throw DomainError.conflict("compte illisible : rôle « \(roleValue) » ou périmètre « \(scopeValue) »")
        }
        return AccountSummary(
            id: try row.decode(column: "id", as: String.self),
            email: try row.decode(column: "email", as: String.self),
            displayName: try row.decode(column: "display_name", as: String.self),
            role: role,
            scope: scope,
            organisationID: try row.decode(column: "organisation_id", as: String.self),
            organisationName: try row.decode(column: "organisation_name", as: String.self)
        )
    }
}
