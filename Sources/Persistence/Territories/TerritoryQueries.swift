import Domain
import Foundation
import SQLKit

/// Reads the territorial reference data: régions, départements, communes and countries.
public struct TerritoryQueries: Sendable {
    let database: any Database

    public init(database: any Database) { self.database = database }

    /// Every département, ordered by code.
    public func departements() async throws -> [Departement] {
        try await database.read { try await Self.departements(in: $0) }
    }

    /// Every département, ordered by code, inside the caller's read or transaction; with `locking`, their rows stay
    /// as read until the transaction ends (PostgreSQL).
    public static func departements(locking: Bool = false, in sql: any SQLDatabase) async throws -> [Departement] {
        try await sql.raw(
            "SELECT d.code, d.name, d.region_code, d.overseas, d.agir_deployed_on FROM departements d ORDER BY d.code"
                + (locking ? sql.lockingRows(of: "d") : "")
        ).all().map(Self.departement)
    }

    /// One département by its code.
    public func departement(code: String) async throws -> Departement? {
        try await database.read { try await Self.departement(code: code, in: $0) }
    }

    /// One département by its code, inside the caller's read or transaction.
    public static func departement(code: String, in sql: any SQLDatabase) async throws -> Departement? {
        try await sql.raw(
            """
            SELECT code, name, region_code, overseas, agir_deployed_on FROM departements WHERE code = \(bind: code)
            """
        ).first().map(Self.departement)
    }

    /// Every region, in French alphabetical order.
    public func regions() async throws -> [Region] {
        try await database.read { sql in
            // Sorted in Swift: SQL's byte order would put "Île-de-France" after "Provence-Alpes-Côte d'Azur".
            try await sql.raw("SELECT code, name FROM regions").all().map {
                Region(
                    code: try $0.decode(column: "code", as: String.self),
                    name: try $0.decode(column: "name", as: String.self)
                )
            }.sorted { SearchKey.frenchOrder($0.name, $1.name) }
        }
    }

    /// Communes whose folded name starts with the folded query, or whose code starts with it; largest first.
    public func searchCommunes(
        _ query: String,
        departementCode: String? = nil,
        limit: Int = 20,
        offset: Int = 0
    ) async throws -> [Commune] {
        guard let filter = CommuneFilter(query: query, departementCode: departementCode) else { return [] }
        return try await database.read { sql in
            try await filter.apply(
                to: sql.select().columns("code", "name", "departement_code", "population").from("communes")
            )
            .orderBy("population", .descending).orderBy("code").limit(limit).offset(offset).all().map(Self.commune)
        }
    }

    /// How many communes `searchCommunes` would list without a limit.
    public func countCommunes(_ query: String, departementCode: String? = nil) async throws -> Int {
        guard let filter = CommuneFilter(query: query, departementCode: departementCode) else { return 0 }
        return try await database.read { sql in
            try await filter.apply(
                to: sql.select().column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n").from("communes")
            )
            .first()?.decode(column: "n", as: Int.self) ?? 0
        }
    }

    /// One commune by its INSEE code.
    public func commune(code: String) async throws -> Commune? {
        try await database.read { try await Self.commune(code: code, in: $0) }
    }

    /// One commune by its INSEE code, inside the caller's read or transaction.
    public static func commune(code: String, in sql: any SQLDatabase) async throws -> Commune? {
        try await sql.raw(
            "SELECT code, name, departement_code, population FROM communes WHERE code = \(bind: code)"
        ).first().map(Self.commune)
    }

    /// The names of a département's communes by code, in one query.
    public static func communeNames(departement: String, in sql: any SQLDatabase) async throws -> [String: String] {
        Dictionary(
            uniqueKeysWithValues: try await sql.raw(
                "SELECT code, name FROM communes WHERE departement_code = \(bind: departement)"
            ).all().map {
                (try $0.decode(column: "code", as: String.self), try $0.decode(column: "name", as: String.self))
            }
        )
    }

    /// The communes a typed value may mean, within some départements (all when nil): the one with its code, else
    /// those whose folded name is the typed name (unless `exactFirst` is false, for suggestions), else those whose
    /// name starts with it, most populous first.
    public func communes(
        matching query: CommuneQuery,
        departements: Set<String>?,
        exactFirst: Bool = true,
        limit: Int = 10
    ) async throws -> [Commune] {
        try await database.read {
            try await Self.communes(
                matching: query,
                departements: departements,
                exactFirst: exactFirst,
                limit: limit,
                in: $0
            )
        }
    }

    /// `communes(matching:…)` inside the caller's read or transaction.
    public static func communes(
        matching query: CommuneQuery,
        departements: Set<String>?,
        exactFirst: Bool = true,
        limit: Int = 10,
        in sql: any SQLDatabase
    ) async throws -> [Commune] {
        let within: SQLQueryString =
            departements.map { codes in
                codes.isEmpty
                    ? " AND 1 = 0" : " AND departement_code IN (\(SQLList(codes.sorted().map { SQLBind($0) })))"
            } ?? ""
        let select: SQLQueryString = "SELECT code, name, departement_code, population FROM communes WHERE "
        let order: SQLQueryString = " ORDER BY population DESC, code LIMIT \(literal: limit)"
        if let code = query.code {
            return try await sql.raw(select + "code = \(bind: code)" + within).all().map(Self.commune)
        }
        if exactFirst {
            let exact = try await sql.raw(select + "name_search = \(bind: query.nameKey)" + within + order).all()
            if !exact.isEmpty { return try exact.map(Self.commune) }
        }
        return try await sql.raw(select + LikePattern.prefix("name_search", query.nameKey) + within + order).all()
            .map(Self.commune)
    }

    /// The communes with these INSEE codes, in one query.
    public func communes(codes: [String]) async throws -> [Commune] {
        guard !codes.isEmpty else { return [] }
        return try await database.read { sql in
            try await sql.raw(
                """
                SELECT code, name, departement_code, population FROM communes
                WHERE code IN (\(SQLList(codes.map { SQLBind($0) })))
                """
            ).all().map(Self.commune)
        }
    }

    /// The QPV that cover a commune, by code and name.
    public func qpv(inCommune code: String) async throws -> [(code: String, name: String)] {
        try await database.read { try await Self.qpv(inCommune: code, in: $0) }
    }

    /// The QPV that cover a commune, inside the caller's read or transaction.
    public static func qpv(
        inCommune code: String,
        in sql: any SQLDatabase
    ) async throws -> [(code: String, name: String)] {
        try await sql.raw(
            """
            SELECT q.code, q.name FROM qpv q JOIN qpv_communes c ON c.qpv_code = q.code
            WHERE c.commune_code = \(bind: code) ORDER BY q.name
            """
        ).all().map {
            (try $0.decode(column: "code", as: String.self), try $0.decode(column: "name", as: String.self))
        }
    }

    /// Every country, ordered by French name.
    public func countries() async throws -> [Country] {
        try await database.read { try await Self.countries(in: $0) }
    }

    /// Every country, ordered by French name, inside the caller's read or transaction.
    public static func countries(in sql: any SQLDatabase) async throws -> [Country] {
        try await sql.raw("SELECT code, name FROM countries ORDER BY name_search").all().map {
            Country(
                code: try $0.decode(column: "code", as: String.self),
                name: try $0.decode(column: "name", as: String.self)
            )
        }
    }

    /// The countries a newcomer may be a national of (`Country.isForeignNationality`), by French name: the list
    /// of every nationality field and the codes its validation accepts.
    public func nationalities() async throws -> [Country] {
        try await countries().filter(\.isForeignNationality)
    }

    /// `nationalities()` inside the caller's read or transaction.
    public static func nationalities(in sql: any SQLDatabase) async throws -> [Country] {
        try await countries(in: sql).filter(\.isForeignNationality)
    }

    /// How many rows each reference table holds, for the reference-data page and its tests.
    public func counts() async throws -> [String: Int] {
        try await database.read { sql in
            var counts: [String: Int] = [:]
            for table in ["regions", "departements", "communes", "qpv", "countries"] {
                let row = try await sql.raw("SELECT COUNT(*) AS n FROM \(ident: table)").first()
                counts[table] = try row?.decode(column: "n", as: Int.self) ?? 0
            }
            return counts
        }
    }

    private static func departement(_ row: any SQLRow) throws -> Departement {
        Departement(
            code: try row.decode(column: "code", as: String.self),
            name: try row.decode(column: "name", as: String.self),
            regionCode: try row.decode(column: "region_code", as: String.self),
            overseas: try row.decode(column: "overseas", as: Bool.self),
            agirDeployedOn: try row.decode(column: "agir_deployed_on", as: String?.self).flatMap(CalendarDay.init(iso:))
        )
    }

    private static func commune(_ row: any SQLRow) throws -> Commune {
        Commune(
            code: try row.decode(column: "code", as: String.self),
            name: try row.decode(column: "name", as: String.self),
            departementCode: try row.decode(column: "departement_code", as: String.self),
            population: try row.decode(column: "population", as: Int?.self)
        )
    }
}

/// The WHERE clause of a commune search: a name prefix or a code prefix, optionally within one département.
private struct CommuneFilter {
    let namePrefix: String
    let codePrefix: String
    let departementCode: String?

    init?(query: String, departementCode: String?) {
        let folded = SearchKey.fold(query)
        guard !folded.isEmpty else { return nil }
        self.namePrefix = folded
        self.codePrefix = query.trimmingCharacters(in: .whitespaces).uppercased()
        self.departementCode = departementCode.flatMap { $0.isEmpty ? nil : $0 }
    }

    func apply(to select: SQLSelectBuilder) -> SQLSelectBuilder {
        var select = select.where {
            $0.where(LikePattern.prefix("name_search", namePrefix)).orWhere(LikePattern.prefix("code", codePrefix))
        }
        if let departementCode { select = select.where("departement_code", .equal, departementCode) }
        return select
    }
}
