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

    /// How many organisations exist.
    public static func count(in sql: any SQLDatabase) async throws -> Int {
        try await sql.raw("SELECT COUNT(*) AS n FROM organisations").first()?.decode(column: "n", as: Int.self) ?? 0
    }
}
