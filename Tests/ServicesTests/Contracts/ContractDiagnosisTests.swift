import Domain
import Persistence
import Services
import TestSupport
import Testing

@Suite("Diagnostic territorial calculé sur un jeu de données fait main")
struct ContractDiagnosisTests {
    static let day = CalendarDay(iso: "2026-11-27")!

    @Test func theDiagnosisOfVilleurbanneAndVaulxCountsWhatTheFixtureSays() async throws {
        try await TestEnvironment.withEmpty { environment, _ in
            try await DiagnosisFixture.load(environment)
            let diagnosis = try await environment.database.read { sql in
                try await TerritoryDiagnosisBuilder.compute(
                    communes: ["69266", "69256"],
                    departements: ["69"],
                    on: Self.day,
                    in: sql
                )
            }
            // H1, H2, H5 in support; H4 lives in Lyon; H3, H6, H7 have left; H8 was never welcomed.
            #expect(diagnosis.households == 3)
            // H1 only: H5's QPV lies in Vaulx, not in Villeurbanne where it lives.
            #expect(diagnosis.householdsInQPV == 1)
            var expected = TerritoryDiagnosis.emptyTable
            // H1-0: A1 everywhere, enrolled in C1, CIR with 200 hours.
            expected[TerritoryDiagnosis.LanguageRow.belowA2InCourse.rawValue][0] = 1
            // H1-1: A2 certified in the four skills (B1 in one), no CIR.
            expected[TerritoryDiagnosis.LanguageRow.a2Reached.rawValue][2] = 1
            // H1-2: born in 2015.
            expected[TerritoryDiagnosis.LanguageRow.minor.rawValue][2] = 1
            // H2-0: no level known, waiting for C1, CIR without training.
            expected[TerritoryDiagnosis.LanguageRow.belowA2Waiting.rawValue][1] = 1
            // H5-0: no level known, no course, no CIR.
            expected[TerritoryDiagnosis.LanguageRow.belowA2WithoutCourse.rawValue][2] = 1
            #expect(diagnosis.persons == expected)
            #expect(diagnosis.personsInSupport == 5)
            #expect(diagnosis.personsInQPV == 3)
            // C1 only (C2 is in Lyon, C3 is over): 12 seats in QPV, one taken by H1-0 (H2-0 waits).
            #expect(diagnosis.courses == 1)
            #expect(diagnosis.seats == 12)
            #expect(diagnosis.seatsInQPV == 12)
            #expect(diagnosis.seatsFree == 11)
            // From 28 November 2025 to 27 November 2026: H3 (positive: social lease and CDI) and H7 (hotel, 3-month
            // CDD); H6 left the day before the twelve months.
            #expect(diagnosis.exits == 2)
            #expect(diagnosis.positiveExits == 1)
            #expect(diagnosis.sustainableHousing == 1)
            #expect(diagnosis.sustainableActivity == 1)
        }
    }

    @Test func aCityWithArrondissementsCountsThePeopleRecordedInThem() async throws {
        try await TestEnvironment.withEmpty { environment, _ in
            try await DiagnosisFixture.load(environment)
            try await environment.database.write { sql in
                try await sql.raw("UPDATE households SET commune_code = '69383' WHERE id = 'H4'").run()
            }
            let diagnosis = try await environment.database.read { sql in
                try await TerritoryDiagnosisBuilder.compute(
                    communes: ["69123"],
                    departements: ["69"],
                    on: Self.day,
                    in: sql
                )
            }
            // H4 lives in Lyon's 3rd arrondissement: Lyon's contract counts it.
            #expect(diagnosis.households == 1)
            #expect(diagnosis.personsInSupport == 1)
        }
    }

    @Test func theDiagnosisOnAnEarlierDayCountsThoseInSupportThen() async throws {
        try await TestEnvironment.withEmpty { environment, _ in
            try await DiagnosisFixture.load(environment)
            let diagnosis = try await environment.database.read { sql in
                try await TerritoryDiagnosisBuilder.compute(
                    communes: ["69266", "69256"],
                    departements: ["69"],
                    on: CalendarDay(iso: "2026-02-15")!,
                    in: sql
                )
            }
            // On 15 February 2026: H1 (welcomed 20 January) and H2 (11 February); H3 and H5 came later.
            #expect(diagnosis.households == 2)
            // H1-0 signed the CIR on 10 January, H2-0 on 1 February: both count as signatories.
            #expect(diagnosis.persons.map { $0[0] + $0[1] }.reduce(0, +) == 2)
            // Exits from 16 February 2025: H6 (27 November 2025) and H7 (28 November 2025).
            #expect(diagnosis.exits == 2)
            #expect(diagnosis.positiveExits == 0)
        }
    }
}
