import Domain
import Persistence
import SQLKit
import SampleData
import Services
import TestSupport
import Testing

@Suite("Génération des parcours (échelle tiny)")
struct SeedPathwayTests {
    /// Counts rows with one query returning `n`.
    private func count(_ query: SQLQueryString, _ environment: ServiceEnvironment) async throws -> Int {
        try await SeedServiceTests.count(query, environment)
    }

    @Test func aTinyRunFillsEveryPathwayTableWithinTheRules() async throws {
        try await TestEnvironment.withEmpty { environment, _ in
            try await SeedService(environment: environment).run(scale: .tiny, seed: 7)
            for table in [
                "cir_records", "language_assessments", "language_proofs", "civic_exams", "courses",
                "course_enrolments",
            ] {
                let rows = try await count("SELECT COUNT(*) AS n FROM \(unsafeRaw: table)", environment)
                #expect(rows > 0, "\(table) est vide")
            }
            let today = TestClock.today.iso
            let broken: [(String, SQLQueryString)] = [
                ("examen civique avant 2026", "SELECT COUNT(*) AS n FROM civic_exams WHERE taken_on < '2026-01-01'"),
                ("score hors 0–40", "SELECT COUNT(*) AS n FROM civic_exams WHERE score < 0 OR score > 40"),
                ("justificatif futur", "SELECT COUNT(*) AS n FROM language_proofs WHERE obtained_on > \(bind: today)"),
                (
                    "places dépassées",
                    """
                    SELECT COUNT(*) AS n FROM courses c WHERE c.seats < (SELECT COUNT(*) FROM course_enrolments e
                    WHERE e.course_id = c.id AND e.status IN ('inscrit', 'termine'))
                    """
                ),
                (
                    "heures de présence",
                    """
                    SELECT COUNT(*) AS n FROM course_enrolments e JOIN courses c ON c.id = e.course_id
                    WHERE e.attended_hours < 0 OR e.attended_hours > c.hours
                    """
                ),
                (
                    "autre département",
                    """
                    SELECT COUNT(*) AS n FROM course_enrolments e JOIN courses c ON c.id = e.course_id
                    JOIN persons p ON p.id = e.person_id JOIN households h ON h.id = p.household_id
                    WHERE h.departement_code <> c.departement_code
                    """
                ),
                (
                    "QPV hors de la commune",
                    """
                    SELECT COUNT(*) AS n FROM courses c WHERE c.qpv_code IS NOT NULL AND NOT EXISTS (SELECT 1
                    FROM qpv_communes q WHERE q.qpv_code = c.qpv_code AND q.commune_code = c.commune_code)
                    """
                ),
                (
                    "formation d'un autre organisme",
                    """
                    SELECT COUNT(*) AS n FROM courses c JOIN organisations o ON o.id = c.organisation_id
                    WHERE o.kind <> 'organisme_formation'
                    """
                ),
            ]
            for (what, query) in broken {
                #expect(try await count(query, environment) == 0, "\(what)")
            }
            let cirs = try await environment.database.read { sql in
                try await sql.raw(
                    """
                    SELECT c.signed_on, c.language_hours FROM cir_records c JOIN persons p ON p.id = c.person_id
                    WHERE p.cir_signed_on = c.signed_on AND p.birth_year <= \(bind: TestClock.today.year - 18)
                    """
                ).all().map {
                    (
                        try $0.decode(column: "signed_on", as: String.self),
                        try $0.decode(column: "language_hours", as: Int?.self)
                    )
                }
            }
            #expect(cirs.count == (try await count("SELECT COUNT(*) AS n FROM cir_records", environment)))
            for (signed, hours) in cirs {
                guard let hours else { continue }
                #expect(LanguagePathRule.problem(hours: hours, signedOn: CalendarDay(iso: signed)!) == nil)
            }
        }
    }

    @Test func aGeneratedTrainingProviderSignsInAndSeesItsCourses() async throws {
        try await TestEnvironment.withEmpty { environment, _ in
            try await SeedService(environment: environment).run(scale: .tiny, seed: 7)
            let provider = try await LoginService(environment: environment).login(
                email: SeedAccounts.providerEmail("69", 0),
                password: SeedAccounts.password
            ).account
            #expect(provider.role == .partenaire)
            let courses = try await environment.database.read { sql in
                try await CourseRecords.courses(organisationID: provider.organisationID, in: sql)
            }
            #expect(!courses.isEmpty)
            #expect(courses.allSatisfy { $0.seatsTaken <= $0.course.seats })
        }
    }
}
