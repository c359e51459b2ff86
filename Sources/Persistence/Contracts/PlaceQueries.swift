import Domain
import SQLKit

/// The newcomers in support in a place (a commune or a QPV), as counts: households, and persons by age and CIR.
public struct PlaceNewcomers: Sendable, Equatable {
    public var households = 0
    /// Persons: adults and minors (rows) × CIR signed and not (columns).
    public var persons: [[Int]] = [[0, 0], [0, 0]]

    public init() {}
}

/// SQL for the commune and QPV pages and the steering share of CIR signatories under contract.
public enum PlaceQueries {
    /// The newcomers in support on `day` living in a QPV (as recorded on their household).
    public static func newcomers(
        qpv code: String,
        on day: CalendarDay,
        in sql: any SQLDatabase
    ) async throws
        -> PlaceNewcomers
    {
        try await newcomers(
            where: "h.qpv_code = \(bind: code) AND " + ResidenceRecords.livesInRecordedQPV,
            on: day,
            in: sql
        )
    }

    /// The newcomers in support on `day` living in the communes (codes expanded to arrondissements).
    public static func newcomers(
        communes: [String],
        on day: CalendarDay,
        in sql: any SQLDatabase
    ) async throws
        -> PlaceNewcomers
    {
        guard !communes.isEmpty else { return PlaceNewcomers() }
        return try await newcomers(where: TerritoryDiagnosisQueries.inCommunes(communes), on: day, in: sql)
    }

    static func newcomers(
        where condition: SQLQueryString,
        on day: CalendarDay,
        in sql: any SQLDatabase
    ) async throws
        -> PlaceNewcomers
    {
        let query: SQLQueryString =
            "SELECT h.id AS household_id, CASE WHEN p.birth_year <= \(bind: day.year - 18) THEN 1 ELSE 0 END AS adult, "
            + ContractQueries.cirSigned(on: day) + " AS cir_signed "
            + "FROM households h JOIN persons p ON p.household_id = h.id WHERE " + condition + " AND "
            + IndicatorQueries.inSupport(on: day)
        var counts = PlaceNewcomers()
        var households = Set<String>()
        for row in try await sql.raw(query).all() {
            households.insert(try row.decode(column: "household_id", as: String.self))
            let age = try row.decode(column: "adult", as: Int.self) == 1 ? 0 : 1
            let cir = try row.decode(column: "cir_signed", as: Int.self) == 1 ? 0 : 1
            counts.persons[age][cir] += 1
        }
        counts.households = households.count
        return counts
    }

    /// The CIR signatories in support on `day`, by département and commune of their household, for the given
    /// départements (all when nil).
    public static func cirSignatories(
        on day: CalendarDay,
        departements: [String]?,
        in sql: any SQLDatabase
    ) async throws -> [(departement: String, commune: String?, count: Int)] {
        let within = IndicatorQueries.filter(departements, column: "h.departement_code")
        let query: SQLQueryString =
            "SELECT h.departement_code, h.commune_code, COUNT(*) AS n FROM households h "
            + "JOIN persons p ON p.household_id = h.id WHERE " + IndicatorQueries.inSupport(on: day)
            + " AND " + ContractQueries.cirSignedCondition(on: day) + " AND " + within
            + " GROUP BY h.departement_code, h.commune_code"
        return try await sql.raw(query).all().map {
            (
                try $0.decode(column: "departement_code", as: String.self),
                try $0.decode(column: "commune_code", as: String?.self),
                try $0.decode(column: "n", as: Int.self)
            )
        }
    }
}
