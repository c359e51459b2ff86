import Domain
import Foundation
import SQLKit

/// A new organisation as written to the database.
public struct NewOrganisation: Sendable {
    public let id: String
    public let name: String
    public let kind: OrganisationKind
    public let siret: String?
    public let rna: String?
    public let departementCodes: [String]

    public init(
        id: String,
        name: String,
        kind: OrganisationKind,
        siret: String?,
        rna: String?,
        departementCodes: [String]
    ) {
        self.id = id
        self.name = name
        self.kind = kind
        self.siret = siret
        self.rna = rna
        self.departementCodes = departementCodes
    }
}

/// SQL for the `organisations` table.
public enum OrganisationRecords {
    /// Inserts an organisation, active.
    public static func insert(_ organisation: NewOrganisation, at now: Date, in sql: any SQLDatabase) async throws {
        try await sql.raw(
            """
            INSERT INTO organisations (id, name, kind, siret, rna, departement_codes, active, created_at)
            VALUES (\(bind: organisation.id), \(bind: organisation.name), \(bind: organisation.kind.rawValue),
                    \(bind: organisation.siret), \(bind: organisation.rna),
                    \(bind: organisation.departementCodes.joined(separator: ",")), \(bind: true),
                    \(bind: Timestamp.format(now)))
            """
        ).run()
    }

    /// Every organisation, active first, by name.
    public static func all(in sql: any SQLDatabase) async throws -> [Organisation] {
        try await sql.raw(
            "SELECT id, name, kind, siret, rna, departement_codes, active FROM organisations ORDER BY active DESC, name"
        ).all().map(organisation)
    }

    /// One organisation by id.
    public static func find(id: String, in sql: any SQLDatabase) async throws -> Organisation? {
        try await sql.raw(
            "SELECT id, name, kind, siret, rna, departement_codes, active FROM organisations WHERE id = \(bind: id)"
        ).first().map(organisation)
    }

    /// Replaces an organisation's editable fields.
    public static func update(_ organisation: NewOrganisation, in sql: any SQLDatabase) async throws {
        try await sql.raw(
            """
            UPDATE organisations SET name = \(bind: organisation.name), kind = \(bind: organisation.kind.rawValue),
                siret = \(bind: organisation.siret), rna = \(bind: organisation.rna),
                departement_codes = \(bind: organisation.departementCodes.joined(separator: ","))
            WHERE id = \(bind: organisation.id)
            """
        ).run()
    }

    /// Activates or deactivates an organisation.
    public static func setActive(_ active: Bool, id: String, in sql: any SQLDatabase) async throws {
        try await sql.raw("UPDATE organisations SET active = \(bind: active) WHERE id = \(bind: id)").run()
    }

    static func organisation(_ row: any SQLRow) throws -> Organisation {
        let kindValue = try row.decode(column: "kind", as: String.self)
        guard let kind = OrganisationKind(rawValue: kindValue) else {
            throw DomainError.conflict("type d'organisation inconnu : \(kindValue)")
        }
        let codes = try row.decode(column: "departement_codes", as: String.self)
        return Organisation(
            id: try row.decode(column: "id", as: String.self),
            name: try row.decode(column: "name", as: String.self),
            kind: kind,
            siret: try row.decode(column: "siret", as: String?.self),
            rna: try row.decode(column: "rna", as: String?.self),
            departementCodes: codes.split(separator: ",").map(String.init),
            active: try row.decode(column: "active", as: Bool.self)
        )
    }

    /// How many organisations exist.
    /// Every organisation's name by identifier (for aggregate tables that name operators).
    public static func names(in sql: any SQLDatabase) async throws -> [String: String] {
        var names: [String: String] = [:]
        for row in try await sql.raw("SELECT id, name FROM organisations").all() {
            names[try row.decode(column: "id", as: String.self)] = try row.decode(column: "name", as: String.self)
        }
        return names
    }

    public static func count(in sql: any SQLDatabase) async throws -> Int {
        try await sql.raw("SELECT COUNT(*) AS n FROM organisations").first()?.decode(column: "n", as: Int.self) ?? 0
    }
}
