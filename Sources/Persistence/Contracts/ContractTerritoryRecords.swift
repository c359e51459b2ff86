import Domain
import SQLKit

/// A priority neighbourhood (QPV) of the 2024 list, with the communes it lies in.
public struct QPVArea: Sendable, Equatable {
    public let code: String
    public let name: String
    public let departementCode: String
    public let epciName: String?
    public let communeCodes: [String]
}

/// SQL for the territory of contracts: their communes, the arrondissements of the cities among them, and the QPV
/// inside.
public enum ContractTerritoryRecords {
    /// The communes a contract lists, by name.
    public static func communes(contractID: String, in sql: any SQLDatabase) async throws -> [Commune] {
        try await sql.raw(
            """
            SELECT c.code, c.name, c.departement_code, c.population FROM contract_communes cc
            JOIN communes c ON c.code = cc.commune_code WHERE cc.contract_id = \(bind: contractID) ORDER BY c.name_search
            """
        ).all().map {
            Commune(
                code: try $0.decode(column: "code", as: String.self),
                name: try $0.decode(column: "name", as: String.self),
                departementCode: try $0.decode(column: "departement_code", as: String.self),
                population: try $0.decode(column: "population", as: Int?.self)
            )
        }
    }

    /// The commune codes of every contract, by contract.
    public static func communeCodes(in sql: any SQLDatabase) async throws -> [String: [String]] {
        var byContract: [String: [String]] = [:]
        for row in try await sql.raw("SELECT contract_id, commune_code FROM contract_communes").all() {
            byContract[try row.decode(column: "contract_id", as: String.self), default: []].append(
                try row.decode(column: "commune_code", as: String.self)
            )
        }
        return byContract
    }

    /// The municipal arrondissements (Paris, Lyon, Marseille) by the code of their city, from the shipped reference
    /// data (the same rows migration 2 loaded), read once per process rather than scanning every commune per page.
    public static let arrondissements: [String: [String]] = {
        var byCity: [String: [String]] = [:]
        for row in M002ReferenceFiles.shared.communes where !row["code_commune_parente"].isEmpty {
            byCity[row["code_commune_parente"], default: []].append(row["code_insee"])
        }
        return byCity
    }()

    /// The codes a territory's people may be recorded under: its communes and, for a city with arrondissements, those
    /// arrondissements too.
    public static func expand(_ codes: [String], arrondissements: [String: [String]]) -> [String] {
        var all = codes
        for code in codes { all += arrondissements[code] ?? [] }
        return Array(Set(all)).sorted()
    }

    /// The QPV lying (at least partly) in the given communes, by name.
    public static func qpv(inCommunes codes: [String], in sql: any SQLDatabase) async throws -> [QPVArea] {
        guard !codes.isEmpty else { return [] }
        let inside: SQLQueryString = """
            SELECT DISTINCT qpv_code FROM qpv_communes WHERE commune_code IN (\(SQLList(codes.map { SQLBind($0) })))
            """
        return try await areas(where: "q.code IN (" + inside + ")", in: sql)
    }

    /// One QPV, or nil.
    public static func qpv(code: String, in sql: any SQLDatabase) async throws -> QPVArea? {
        try await areas(where: "q.code = \(bind: code)", in: sql).first
    }

    /// The QPV of a département, by name.
    public static func qpv(departement: String, in sql: any SQLDatabase) async throws -> [QPVArea] {
        try await areas(where: "q.departement_code = \(bind: departement)", in: sql)
    }

    static func areas(where condition: SQLQueryString, in sql: any SQLDatabase) async throws -> [QPVArea] {
        var communes: [String: [String]] = [:]
        let links: SQLQueryString =
            "SELECT c.qpv_code, c.commune_code FROM qpv_communes c JOIN qpv q ON q.code = c.qpv_code WHERE "
            + condition + " ORDER BY c.commune_code"
        for row in try await sql.raw(links).all() {
            communes[try row.decode(column: "qpv_code", as: String.self), default: []].append(
                try row.decode(column: "commune_code", as: String.self)
            )
        }
        let query: SQLQueryString =
            "SELECT q.code, q.name, q.departement_code, q.epci_name FROM qpv q WHERE " + condition
            + " ORDER BY q.name, q.code"
        return try await sql.raw(query).all().map { row in
            let code = try row.decode(column: "code", as: String.self)
            return QPVArea(
                code: code,
                name: try row.decode(column: "name", as: String.self),
                departementCode: try row.decode(column: "departement_code", as: String.self),
                epciName: try row.decode(column: "epci_name", as: String?.self),
                communeCodes: communes[code] ?? []
            )
        }
    }
}

extension ContractTerritoryRecords {
    /// The communes with these INSEE codes, read on the caller's connection (inside its transaction).
    public static func communes(codes: [String], in sql: any SQLDatabase) async throws -> [Commune] {
        guard !codes.isEmpty else { return [] }
        return try await sql.raw(
            """
            SELECT code, name, departement_code, population FROM communes
            WHERE code IN (\(SQLList(codes.map { SQLBind($0) })))
            """
        ).all().map {
            Commune(
                code: try $0.decode(column: "code", as: String.self),
                name: try $0.decode(column: "name", as: String.self),
                departementCode: try $0.decode(column: "departement_code", as: String.self),
                population: try $0.decode(column: "population", as: Int?.self)
            )
        }
    }

    /// The région of each of these départements, read on the caller's connection.
    public static func regions(ofDepartements codes: [String], in sql: any SQLDatabase) async throws -> [String: String]
    {
        guard !codes.isEmpty else { return [:] }
        var regions: [String: String] = [:]
        for row in try await sql.raw(
            "SELECT code, region_code FROM departements WHERE code IN (\(SQLList(codes.map { SQLBind($0) })))"
        ).all() {
            regions[try row.decode(column: "code", as: String.self)] = try row.decode(
                column: "region_code",
                as: String.self
            )
        }
        return regions
    }
}

extension ContractTerritoryRecords {
    /// The name of a région and of some départements, read on the caller's connection.
    public static func names(
        region: String,
        departements: [String],
        in sql: any SQLDatabase
    ) async throws
        -> (region: String, departements: [String: String])
    {
        let regionName = try await sql.raw("SELECT name FROM regions WHERE code = \(bind: region)").first()?.decode(
            column: "name",
            as: String.self
        )
        var names: [String: String] = [:]
        if !departements.isEmpty {
            for row in try await sql.raw(
                "SELECT code, name FROM departements WHERE code IN (\(SQLList(departements.map { SQLBind($0) })))"
            ).all() {
                names[try row.decode(column: "code", as: String.self)] = try row.decode(column: "name", as: String.self)
            }
        }
        return (regionName ?? region, names)
    }
}
