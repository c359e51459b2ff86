import Domain
import Persistence
import SampleData
import Services
import TestSupport
import Testing

@Suite("Département de démonstration")
struct DemoDepartementTests {
    @Test func loadsEightOrganisationsAndOneAccountPerRoleOnce() async throws {
        try await TestDatabase.with { database in
            let environment = ServiceEnvironment(
                database: database,
                time: FixedTime(TestClock.now),
                ids: SequentialIdentifiers(),
                security: SecuritySettings(bcryptCost: 4, auditKey: TestAuditKey.key)
            )
            #expect(try await DemoDepartement(environment: environment).load())
            #expect(try await DemoDepartement(environment: environment).load() == false)
            let (organisations, roles) = try await database.read { sql in
                let organisations = try await OrganisationRecords.count(in: sql)
                let roles = try await sql.raw("SELECT role FROM accounts ORDER BY role").all().map {
                    try $0.decode(column: "role", as: String.self)
                }
                return (organisations, roles)
            }
            #expect(organisations == 8)
            // One account per role, and the association's partner account (subsidy applications).
            #expect(roles.sorted() == (Role.allCases.map(\.rawValue) + [Role.partenaire.rawValue]).sorted())
        }
    }

    @Test func everyAccountBelongsToAnOrganisationItsRoleAllows() async throws {
        try await TestDatabase.with { database in
            let environment = ServiceEnvironment(
                database: database,
                time: FixedTime(TestClock.now),
                ids: SequentialIdentifiers(),
                security: SecuritySettings(bcryptCost: 4, auditKey: TestAuditKey.key)
            )
            try await DemoDepartement(environment: environment).load()
            let rows = try await database.read { sql in
                try await sql.raw(
                    "SELECT a.role, o.kind FROM accounts a JOIN organisations o ON o.id = a.organisation_id"
                ).all()
            }
            for row in rows {
                let role = try #require(Role(rawValue: try row.decode(column: "role", as: String.self)))
                let kind = try #require(OrganisationKind(rawValue: try row.decode(column: "kind", as: String.self)))
                #expect(role.allowedOrganisationKinds.contains(kind), "\(role) dans \(kind)")
            }
        }
    }
}
