import Domain
import Persistence
import SQLKit
import SampleData
import Services
import TestSupport
import Testing

@Suite("Génération de données (échelle tiny)")
struct SeedServiceTests {
    /// Counts rows of the generated database with one query.
    static func count(_ query: SQLQueryString, _ environment: ServiceEnvironment) async throws -> Int {
        try await environment.database.read { sql in
            try await sql.raw(query).first()?.decode(column: "n", as: Int.self) ?? -1
        }
    }

    @Test func aTinyRunFillsEveryStageThroughTheApplicationsTables() async throws {
        try await TestEnvironment.withEmpty { environment, _ in
            let summary = try await SeedService(environment: environment).run(scale: .tiny, seed: 7)
            #expect(summary.households == 120)
            #expect(try await Self.count("SELECT COUNT(*) AS n FROM households", environment) == 120)
            #expect(try await Self.count("SELECT COUNT(*) AS n FROM persons", environment) == summary.persons)
            for stage in ["orientation", "accompagnement", "sortie"] {
                let households = try await Self.count(
                    "SELECT COUNT(*) AS n FROM households WHERE stage = \(bind: stage)",
                    environment
                )
                #expect(households > 0, "aucun ménage à l'étape \(stage)")
            }
            // Every household has exactly one reference person and one referral.
            #expect(
                try await Self.count(
                    "SELECT COUNT(*) AS n FROM persons WHERE is_reference = \(bind: true)",
                    environment
                ) == 120
            )
            #expect(try await Self.count("SELECT COUNT(DISTINCT household_id) AS n FROM referrals", environment) == 120)
            // The eligibility rule ran on each referral with the deployment date the generator set.
            #expect(
                try await Self.count("SELECT COUNT(*) AS n FROM referrals WHERE eligible = \(bind: false)", environment)
                    == 0
            )
            #expect(try await Self.count("SELECT COUNT(*) AS n FROM exits", environment) > 0)
            #expect(try await Self.count("SELECT COUNT(*) AS n FROM person_name_keys", environment) > summary.persons)
        }
    }

    @Test func aGeneratedCaseworkerSignsInAndOpensTheirHouseholds() async throws {
        try await TestEnvironment.withEmpty { environment, _ in
            try await SeedService(environment: environment).run(scale: .tiny, seed: 7)
            let caseworker = try await LoginService(environment: environment).login(
                email: SeedAccounts.caseworkerEmail("69", 0),
                password: SeedAccounts.password
            ).account
            let households = try await HouseholdService(environment: environment).page(
                actor: caseworker,
                criteria: {
                    var mine = HouseholdCriteria()
                    mine.mine = true
                    return mine
                }(),
                limit: 500,
                offset: 0
            ).households
            let inSupport = try #require(
                households.first { $0.stage == .inSupport && $0.welcomeInterview != nil }
            )
            let file = try await HouseholdService(environment: environment).filePage(
                id: inSupport.id,
                actor: caseworker
            ).file
            #expect(!file.contacts.isEmpty)
            #expect(file.snapshots(today: TestClock.today).first?.housing != nil)
        }
    }

    @Test func theSameSeedGivesTheSameDataAndAFilledDatabaseIsRefused() async throws {
        var fingerprints: [String] = []
        for _ in 0..<2 {
            try await TestEnvironment.withEmpty { environment, _ in
                try await SeedService(environment: environment).run(scale: .tiny, seed: 11)
                let names = try await environment.database.read { sql in
                    try await sql.raw("SELECT document_names FROM persons ORDER BY id").all().map {
                        try $0.decode(column: "document_names", as: String.self)
                    }
                }
                let pathways = try await environment.database.read { sql in
                    try await sql.raw(
                        """
                        SELECT e.id || e.course_id || e.status || e.attended_hours || c.seats || c.starts_on AS line
                        FROM course_enrolments e JOIN courses c ON c.id = e.course_id
                        UNION ALL SELECT person_id || COALESCE(language_hours, 0) || COALESCE(final_level, '') AS line
                        FROM cir_records ORDER BY line
                        """
                    ).all().map { try $0.decode(column: "line", as: String.self) }
                }
                #expect(!pathways.isEmpty)
                fingerprints.append((names + pathways).joined(separator: "|"))
                await #expect(throws: DomainError.self) {
                    try await SeedService(environment: environment).run(scale: .tiny, seed: 11)
                }
            }
        }
        #expect(fingerprints[0] == fingerprints[1])
        #expect(!fingerprints[0].isEmpty)
    }
}
