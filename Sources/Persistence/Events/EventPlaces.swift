import SQLKit

/// Reference data an event's place is checked against, read inside the use case's transaction.
public enum EventPlaces {
    /// A commune's name and département by its INSEE code.
    public static func commune(
        code: String,
        in sql: any SQLDatabase
    ) async throws
        -> (name: String, departement: String)?
    {
        guard
            let row = try await sql.raw("SELECT name, departement_code FROM communes WHERE code = \(bind: code)")
                .first()
        else { return nil }
        return (
            try row.decode(column: "name", as: String.self), try row.decode(column: "departement_code", as: String.self)
        )
    }

    /// Whether a QPV covers (part of) a commune.
    public static func qpv(_ qpv: String, covers commune: String, in sql: any SQLDatabase) async throws -> Bool {
        try await sql.raw(
            "SELECT 1 AS one FROM qpv_communes WHERE qpv_code = \(bind: qpv) AND commune_code = \(bind: commune)"
        ).first() != nil
    }

    /// The région of a département.
    public static func region(ofDepartement code: String, in sql: any SQLDatabase) async throws -> String? {
        try await sql.raw("SELECT region_code FROM departements WHERE code = \(bind: code)").first()?.decode(
            column: "region_code",
            as: String.self
        )
    }
}
