import Domain
import Foundation
import Persistence
import TestSupport
import Testing

@Suite("Données de référence")
struct ReferenceDataTests {
    @Test func everyReferenceFileIsLoadedWhole() async throws {
        try await TestDatabase.with { database in
            let counts = try await TerritoryQueries(database: database).counts()
            #expect(counts == ["regions": 18, "departements": 101, "communes": 34_920, "qpv": 1_518, "countries": 250])
        }
    }

    @Test func everyQPVLinksOnlyToCommunesOfTheReference() async throws {
        try await TestDatabase.with { database in
            let (orphans, saintDenis) = try await database.read { sql in
                (
                    try await sql.raw(
                        "SELECT COUNT(*) AS n FROM qpv_communes q WHERE NOT EXISTS (SELECT 1 FROM communes c WHERE c.code = q.commune_code)"
                    ).first()?.decode(column: "n", as: Int.self),
                    try await sql.raw(
                        "SELECT qpv_code FROM qpv_communes WHERE commune_code = '93066' AND qpv_code IN ('QN09335M', 'QN09336I', 'QN09342M') ORDER BY qpv_code"
                    ).all().map { try $0.decode(column: "qpv_code", as: String.self) }
                )
            }
            #expect(orphans == 0)
            // Pierrefitte-sur-Seine's QPV belong to Saint-Denis since the merger of 1 January 2025.
            #expect(saintDenis == ["QN09335M", "QN09336I", "QN09342M"])
            #expect(SeedReference.epcis().allSatisfy { !$0.communes.contains("93059") })
        }
    }

    @Test func agirCoversMetropolitanFranceExceptCorsica() async throws {
        try await TestDatabase.with { database in
            let territories = TerritoryQueries(database: database)
            let departements = try await territories.departements()
            let covered = departements.filter { $0.agirDeployedOn != nil }
            #expect(covered.count == 94)
            let value1 = try await territories.departement(code: "2A")?.agirDeployedOn
            #expect(value1 == nil)
            let value2 = try await territories.departement(code: "2B")?.agirDeployedOn
            #expect(value2 == nil)
            let value3 = try await territories.departement(code: "971")?.agirDeployedOn
            #expect(value3 == nil)
            let value4 = try await territories.departement(code: "69")?.agirDeployedOn
            #expect(value4 == CalendarDay(iso: "2024-06-01"))
            let value5 = try await territories.departement(code: "69")?.regionCode
            #expect(value5 == "84")
        }
    }

    @Test func communesAreFoundByNameWithoutAccentsOrByCode() async throws {
        try await TestDatabase.with { database in
            let territories = TerritoryQueries(database: database)
            let value6 = try await territories.searchCommunes("villeurb").first?.code
            #expect(value6 == "69266")
            let value7 = try await territories.searchCommunes("SAINT-ÉTIENNE", departementCode: "42").first?.code
            #expect(value7 == "42218")
            let value8 = try await territories.searchCommunes("69266").map(\.name)
            #expect(value8 == ["Villeurbanne"])
            let value9 = try await territories.searchCommunes("   ")
            #expect(value9.isEmpty)
            let value10 = try await territories.countCommunes("lyon", departementCode: "69")
            #expect(value10 == 10)
        }
    }

    @Test func searchPagesDoNotOverlap() async throws {
        try await TestDatabase.with { database in
            let territories = TerritoryQueries(database: database)
            let first = try await territories.searchCommunes("saint", limit: 20, offset: 0)
            let second = try await territories.searchCommunes("saint", limit: 20, offset: 20)
            #expect(first.count == 20 && second.count == 20)
            #expect(Set(first.map(\.code)).isDisjoint(with: second.map(\.code)))
        }
    }

    @Test func qpvAreLinkedToTheirCommunes() async throws {
        try await TestDatabase.with { database in
            let qpv = try await TerritoryQueries(database: database).qpv(inCommune: "69256")
            #expect(!qpv.isEmpty)
            #expect(qpv.allSatisfy { $0.code.hasPrefix("QN069") })
        }
    }

    @Test func countriesHaveFrenchNames() async throws {
        try await TestDatabase.with { database in
            let countries = try await TerritoryQueries(database: database).countries()
            #expect(countries.first { $0.code == "AF" }?.name == "Afghanistan")
            #expect(countries.first { $0.code == "CI" }?.name == "Côte d'Ivoire")
        }
    }
}
