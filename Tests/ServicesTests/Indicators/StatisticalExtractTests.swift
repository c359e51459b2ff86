import Domain
import Foundation
import Persistence
import Services
import TestSupport
import Testing

@Suite("Extrait statistique pseudonymisé sur le petit jeu de données fait main")
struct StatisticalExtractTests {
    /// The rows of an extract as column name → value, with the pseudonyms of the persons in support.
    struct Extract {
        let rows: [[String: String]]
        let rowCount: Int
        let pseudonymiser: Pseudonymiser
    }

    /// Loads the hand-made data set (with a few situations recorded on H1), runs `body` in its environment.
    static func withFixture(_ body: (ServiceEnvironment) async throws -> Void) async throws {
        try await TestEnvironment.withEmpty { environment, _ in
            try await IndicatorFixture.load(environment)
            try await environment.database.write { sql in
                for (id, person, date, event) in [
                    ("S1", nil, "2026-01-20", MilestoneEvent.housing(.hotel)),
                    ("S2", nil, "2026-06-01", .housing(.socialRentalLease)),
                    ("S3", "H1-0", "2026-05-01", .activity(.employed(contract: .permanent))),
                ] {
                    let milestone = Milestone(id: id, date: CalendarDay(iso: date)!, personID: person, event: event)
                    try await MilestoneRecords.insert(
                        milestone,
                        householdID: "H1",
                        accountID: "cw69",
                        at: TestClock.now,
                        in: sql
                    )
                }
            }
            try await body(environment)
        }
    }

    /// Every row of an extract, read in pages of `pageSize`.
    static func extract(
        _ environment: ServiceEnvironment,
        on day: CalendarDay? = nil,
        pageSize: Int = 2_000
    ) async throws -> Extract {
        let extract = try await StatisticalExtractService(environment: environment).start(
            on: day,
            actor: nil,
            pageSize: pageSize
        )
        var rows: [[String: String]] = []
        try await extract.forEachPage { page in
            for cells in page {
                rows.append(Dictionary(uniqueKeysWithValues: zip(StatisticalExtract.header, cells)))
            }
        }
        let salt = try await environment.platformSecret(named: StatisticalExtractService.saltName)
        return Extract(rows: rows, rowCount: extract.rowCount, pseudonymiser: Pseudonymiser(salt: salt))
    }

    @Test func oneRowPerPersonInSupportAsTheIndicatorsCountThem() async throws {
        try await Self.withFixture { environment in
            // Small pages, so that the rows come from several pages following one another.
            let extract = try await Self.extract(environment, pageSize: 2)
            // H1 (3 persons), H4 and H6 are in support; H2 and H3 left, H5 was not welcomed yet.
            let expected = ["H1-0", "H1-1", "H1-2", "H4-0", "H6-0"].map(extract.pseudonymiser.person)
            #expect(extract.rows.map { $0["pseudonyme_personne"] ?? "" }.sorted() == expected.sorted())
            #expect(extract.rowCount == 5)
            let today = TestClock.today
            let figures = try await environment.database.read { try await IndicatorQueries.support(at: today, in: $0) }
            #expect(figures.values.map(\.personsInSupport).reduce(0, +) == extract.rows.count)
        }
    }

    @Test func aRowCarriesTheIndicatorsFieldsAndNoIdentifier() async throws {
        try await Self.withFixture { environment in
            let extract = try await Self.extract(environment)
            let first = try #require(
                extract.rows.first { $0["pseudonyme_personne"] == extract.pseudonymiser.person("H1-0") }
            )
            #expect(first["pseudonyme_menage"] == extract.pseudonymiser.household("H1"))
            #expect(first["code_departement"] == "69")
            #expect(first["code_region"] == "84")
            #expect(first["operateur"] == "op69")
            #expect(first["sexe"] == "F")
            // Born in 1990: 36 in 2026.
            #expect(first["tranche_age"] == "36-45")
            #expect(first["nationalite"] == "AF")
            #expect(first["mois_orientation"] == "2026-01")
            #expect(first["mois_accueil"] == "2026-01")
            #expect(first["delai_accueil_jours"] == "10")
            #expect(first["contrat_dans_le_mois"] == "oui")
            #expect(first["etape"] == "accompagnement")
            #expect(first["logement_entree"] == "hotel")
            #expect(first["activite_entree"] == "")
            #expect(first["logement_a_date"] == "social_rental_lease")
            #expect(first["activite_a_date"] == "cdi")
            #expect(first["inscrit_france_travail"] == "oui")
            #expect(first["motif_sortie"] == "")
            let child = try #require(
                extract.rows.first { $0["pseudonyme_personne"] == extract.pseudonymiser.person("H1-2") }
            )
            #expect(child["tranche_age"] == "0-17")
            #expect(child["activite_a_date"] == "")
            #expect(child["inscrit_france_travail"] == "non")
            let noContract = try #require(
                extract.rows.first { $0["pseudonyme_menage"] == extract.pseudonymiser.household("H4") }
            )
            #expect(noContract["contrat_dans_le_mois"] == "")
            for row in extract.rows {
                #expect(row.count == StatisticalExtract.header.count)
                for value in row.values {
                    #expect(!value.contains("PERSONNE"), "nom dans l'extrait : \(value)")
                    #expect(!value.contains("H1"), "identifiant dans l'extrait : \(value)")
                }
            }
        }
    }

    @Test func anEarlierDayListsThoseInSupportThenWithTheOutcomeOfTheirSupport() async throws {
        try await Self.withFixture { environment in
            let extract = try await Self.extract(environment, on: CalendarDay(iso: "2026-09-30"))
            // H2 left on 1 October and H3 on 1 November: both were still in support on 30 September.
            #expect(extract.rows.count == 8)
            let left = try #require(
                extract.rows.first { $0["pseudonyme_menage"] == extract.pseudonymiser.household("H2") }
            )
            #expect(left["contrat_dans_le_mois"] == "non")
            #expect(left["motif_sortie"] == "objectives_reached")
            #expect(left["mois_sortie"] == "2026-10")
        }
    }

    @Test func pseudonymsAreStableFromOneExtractToTheNextAndDistinct() async throws {
        try await Self.withFixture { environment in
            let first = try await Self.extract(environment)
            let second = try await Self.extract(environment)
            let persons = first.rows.compactMap { $0["pseudonyme_personne"] }
            #expect(persons == second.rows.compactMap { $0["pseudonyme_personne"] })
            #expect(Set(persons).count == persons.count)
            let households = Set(first.rows.compactMap { $0["pseudonyme_menage"] })
            #expect(households.count == 3)
            #expect(households.isDisjoint(with: persons))
            #expect(persons.allSatisfy { $0.count == Pseudonymiser.length })
        }
    }

    @Test func eachExtractIsAuditedWithItsRowCountAndRefusedToAPrefecture() async throws {
        try await Self.withFixture { environment in
            let prefecture = AccountSummary.steering(.prefecture, scope: .departements(["69"]))
            await #expect(throws: DomainError.forbidden) {
                try await StatisticalExtractService(environment: environment).start(actor: prefecture)
            }
            let national = AccountSummary.steering(.national, scope: .nation)
            let extract = try await StatisticalExtractService(environment: environment).start(actor: national)
            #expect(extract.rowCount == 5)
            let events = try await environment.database.read {
                try await AuditRecords.chain(after: 0, limit: 1_000, in: $0)
            }.filter { $0.action == AuditAction.statisticalExtract.rawValue }
            #expect(events.count == 1)
            #expect(events.first?.accountEmail == national.email)
            #expect(events.first?.recordID == "2026-11-27")
            #expect(events.first?.changes.contains("\"after\":\"5\"") == true)
        }
    }
}
