import Domain
import SQLKit

/// SQL for the priority neighbourhood (QPV) a household lives in.
public enum ResidenceRecords {
    /// The condition "household `h` lives in the QPV recorded for it": a QPV of its commune, or of the city of its
    /// arrondissement. A QPV left over from a former commune (the household moved) no longer counts.
    static let livesInRecordedQPV: SQLQueryString = """
        h.qpv_code IS NOT NULL AND EXISTS (SELECT 1 FROM qpv_communes qc WHERE qc.qpv_code = h.qpv_code
          AND (qc.commune_code = h.commune_code
            OR qc.commune_code = (SELECT pc.parent_code FROM communes pc WHERE pc.code = h.commune_code)))
        """

    /// The QPV a household of this commune may live in: those of the commune, or of its city for an arrondissement.
    public static func qpvOptions(
        communeCode: String,
        in sql: any SQLDatabase
    ) async throws
        -> [(code: String, name: String)]
    {
        try await sql.raw(
            """
            SELECT DISTINCT q.code, q.name FROM qpv q JOIN qpv_communes c ON c.qpv_code = q.code
            WHERE c.commune_code = \(bind: communeCode)
               OR c.commune_code = (SELECT pc.parent_code FROM communes pc WHERE pc.code = \(bind: communeCode))
            ORDER BY q.name
            """
        ).all().map {
            (try $0.decode(column: "code", as: String.self), try $0.decode(column: "name", as: String.self))
        }
    }

    /// The household's commune and recorded QPV.
    public static func residence(
        householdID: String,
        in sql: any SQLDatabase
    ) async throws
        -> (commune: String?, qpv: String?)
    {
        guard
            let row = try await sql.raw(
                "SELECT commune_code, qpv_code FROM households WHERE id = \(bind: householdID)"
            ).first()
        else { return (nil, nil) }
        return (
            try row.decode(column: "commune_code", as: String?.self),
            try row.decode(column: "qpv_code", as: String?.self)
        )
    }

    /// Records the QPV a household lives in (nil: none).
    public static func setQPV(householdID: String, qpv: String?, in sql: any SQLDatabase) async throws {
        try await sql.raw("UPDATE households SET qpv_code = \(bind: qpv) WHERE id = \(bind: householdID)").run()
    }
}

extension ResidenceRecords {
    /// Records the QPV of many households at once (generated data), a few hundred per statement.
    public static func setQPV(_ residences: [(household: String, qpv: String)], in sql: any SQLDatabase) async throws {
        var start = 0
        while start < residences.count {
            let batch = residences[start..<min(start + 400, residences.count)]
            var cases: SQLQueryString = "CASE id"
            for entry in batch {
                let when: SQLQueryString = " WHEN \(bind: entry.household) THEN \(bind: entry.qpv)"
                cases = cases + when
            }
            try await sql.raw(
                "UPDATE households SET qpv_code = " + cases
                    + " END WHERE id IN (\(SQLList(batch.map { SQLBind($0.household) })))"
            ).run()
            start += batch.count
        }
    }

    /// The households of communes that have a QPV, with those QPV, for the generator.
    public static func householdsInQPVCommunes(
        in sql: any SQLDatabase
    ) async throws
        -> [(household: String, qpv: [String])]
    {
        var byHousehold: [String: [String]] = [:]
        var order: [String] = []
        for row in try await sql.raw(
            """
            SELECT h.id, c.qpv_code FROM households h JOIN qpv_communes c ON c.commune_code = h.commune_code
            ORDER BY h.id, c.qpv_code
            """
        ).all() {
            let id = try row.decode(column: "id", as: String.self)
            if byHousehold[id] == nil { order.append(id) }
            byHousehold[id, default: []].append(try row.decode(column: "qpv_code", as: String.self))
        }
        return order.map { ($0, byHousehold[$0] ?? []) }
    }
}
