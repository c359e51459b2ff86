import Domain
import Foundation
import SQLKit

/// A person's access to their space as stored (never the code itself: its SHA-256 only).
public struct StoredAccess: Sendable, Equatable {
    public let personID: String
    public let householdID: String
    public let codeExpiresAt: Date
    public let activatedAt: Date?
    public let secretKind: SpaceSecretKind?
    public let secretHash: String?
    public let language: SpaceLanguage
    public let openedAt: Date
    public let closedAt: Date?
}

/// The household a space belongs to, as read (and on PostgreSQL locked) by the use cases that decide on it.
public struct SpaceHousehold: Sendable, Equatable {
    public let id: String
    public let stage: HouseholdStage
    public let anonymised: Bool
    public let departement: String
    public let operatorID: String
    public let caseworkerID: String?
    /// The organisation of the OFII agent who referred the household.
    public let referringOrganisationID: String?

    /// Whether the household's stage keeps its members' spaces open.
    public var isOpen: Bool { NewcomerSpaceRule.isOpen(householdStage: stage, anonymised: anonymised) }

    /// The household as the rule of `SpaceOpeners` reads it.
    public var openers: SpaceOpeners.Household {
        SpaceOpeners.Household(
            departement: departement,
            operatorID: operatorID,
            caseworkerID: caseworkerID,
            referringOrganisationID: referringOrganisationID
        )
    }
}

/// SQL for `newcomer_accesses`.
public enum NewcomerAccessRecords {
    static let columns = """
        a.person_id, a.household_id, a.code_expires_at, a.activated_at, a.secret_kind, a.secret_hash, a.language,
        a.opened_at, a.closed_at
        """

    /// The household of a person (not merged into another record), locked until the end of the transaction on
    /// PostgreSQL so that its stage cannot change under the decision.
    public static func lockHousehold(personID: String, in sql: any SQLDatabase) async throws -> SpaceHousehold? {
        let lock = sql.lockingRows(of: "h")
        let query: SQLQueryString =
            householdColumns
                + """
                 FROM persons p JOIN households h ON h.id = p.household_id
                WHERE p.id = \(bind: personID) AND p.merged_into IS NULL
                """ + lock
        return try await sql.raw(query).first().map(household)
    }

    /// The household by its id (not locked).
    public static func household(id: String, in sql: any SQLDatabase) async throws -> SpaceHousehold? {
        try await sql.raw(householdColumns + " FROM households h WHERE h.id = \(bind: id)").first().map(household)
    }

    /// The columns `household(_:)` reads, from `households h`.
    static let householdColumns: SQLQueryString = """
        SELECT h.id, h.stage, h.anonymised_on, h.departement_code, h.operator_organisation_id,
               h.caseworker_account_id,
               (SELECT r.referring_organisation_id FROM referrals r WHERE r.household_id = h.id
                ORDER BY r.created_at LIMIT 1) AS referring_organisation_id
        """

    static func household(_ row: any SQLRow) throws -> SpaceHousehold {
        SpaceHousehold(
            id: try row.decode(column: "id", as: String.self),
            stage: try StoredValue.decode(HouseholdStage.self, column: "stage", in: row),
            anonymised: try row.decode(column: "anonymised_on", as: String?.self) != nil,
            departement: try row.decode(column: "departement_code", as: String.self),
            operatorID: try row.decode(column: "operator_organisation_id", as: String.self),
            caseworkerID: try row.decode(column: "caseworker_account_id", as: String?.self),
            referringOrganisationID: try row.decode(column: "referring_organisation_id", as: String?.self)
        )
    }

    /// A person's access, if one was ever opened.
    public static func access(personID: String, in sql: any SQLDatabase) async throws -> StoredAccess? {
        try await sql.raw(
            "SELECT \(unsafeRaw: columns) FROM newcomer_accesses a WHERE a.person_id = \(bind: personID)"
        ).first().map(access)
    }

    /// The access whose personal code has this hash.
    public static func access(codeHash: String, in sql: any SQLDatabase) async throws -> StoredAccess? {
        try await sql.raw(
            "SELECT \(unsafeRaw: columns) FROM newcomer_accesses a WHERE a.code_hash = \(bind: codeHash)"
        ).first().map(access)
    }

    /// The accesses opened for members of a household.
    public static func accesses(householdID: String, in sql: any SQLDatabase) async throws -> [StoredAccess] {
        try await sql.raw(
            "SELECT \(unsafeRaw: columns) FROM newcomer_accesses a WHERE a.household_id = \(bind: householdID)"
        ).all().map(access)
    }

    /// Opens, or reopens, a person's access with a new code: any passphrase or PIN is forgotten.
    public static func open(
        personID: String,
        householdID: String,
        codeHash: String,
        expiresAt: Date,
        language: SpaceLanguage,
        accountID: String,
        at now: Date,
        in sql: any SQLDatabase
    ) async throws {
        try await sql.raw("DELETE FROM newcomer_accesses WHERE person_id = \(bind: personID)").run()
        try await sql.raw(
            """
            INSERT INTO newcomer_accesses (person_id, household_id, code_hash, code_expires_at, language,
                                           opened_by_account_id, opened_at)
            VALUES (\(bind: personID), \(bind: householdID), \(bind: codeHash), \(bind: Timestamp.format(expiresAt)),
                    \(bind: language.rawValue), \(bind: accountID), \(bind: Timestamp.format(now)))
            """
        ).run()
    }

    /// Records the passphrase or PIN a person chose with their code.
    public static func activate(
        personID: String,
        kind: SpaceSecretKind,
        secretHash: String,
        at now: Date,
        in sql: any SQLDatabase
    ) async throws {
        try await sql.raw(
            """
            UPDATE newcomer_accesses SET activated_at = \(bind: Timestamp.format(now)),
                secret_kind = \(bind: kind.rawValue), secret_hash = \(bind: secretHash)
            WHERE person_id = \(bind: personID)
            """
        ).run()
    }

    /// Remembers the language a person chose.
    public static func setLanguage(_ language: SpaceLanguage, personID: String, in sql: any SQLDatabase) async throws {
        try await sql.raw(
            "UPDATE newcomer_accesses SET language = \(bind: language.rawValue) WHERE person_id = \(bind: personID)"
        ).run()
    }

    /// Closes a person's access; the code and secret stop working.
    public static func close(personID: String, at now: Date, in sql: any SQLDatabase) async throws {
        try await sql.raw(
            """
            UPDATE newcomer_accesses SET closed_at = \(bind: Timestamp.format(now))
            WHERE person_id = \(bind: personID) AND closed_at IS NULL
            """
        ).run()
    }

    /// Erases everything of the space of a household's members (retention purge): sessions, messages, accesses,
    /// documents to bring.
    public static func erase(householdID: String, in sql: any SQLDatabase) async throws {
        try await sql.raw(
            """
            DELETE FROM newcomer_sessions WHERE person_id IN (SELECT id FROM persons WHERE household_id = \(bind: householdID))
            """
        ).run()
        try await sql.raw("DELETE FROM newcomer_messages WHERE household_id = \(bind: householdID)").run()
        try await sql.raw("DELETE FROM newcomer_accesses WHERE household_id = \(bind: householdID)").run()
        try await sql.raw(
            """
            DELETE FROM appointment_documents
            WHERE appointment_id IN (SELECT id FROM appointments WHERE household_id = \(bind: householdID))
            """
        ).run()
    }

    static func access(_ row: any SQLRow) throws -> StoredAccess {
        StoredAccess(
            personID: try row.decode(column: "person_id", as: String.self),
            householdID: try row.decode(column: "household_id", as: String.self),
            codeExpiresAt: Timestamp.parse(try row.decode(column: "code_expires_at", as: String.self)) ?? .distantPast,
            activatedAt: try row.decode(column: "activated_at", as: String?.self).flatMap(Timestamp.parse),
            secretKind: try row.decode(column: "secret_kind", as: String?.self).flatMap(SpaceSecretKind.init),
            secretHash: try row.decode(column: "secret_hash", as: String?.self),
            language: SpaceLanguage(code: try row.decode(column: "language", as: String.self)) ?? .french,
            openedAt: Timestamp.parse(try row.decode(column: "opened_at", as: String.self)) ?? .distantPast,
            closedAt: try row.decode(column: "closed_at", as: String?.self).flatMap(Timestamp.parse)
        )
    }
}
