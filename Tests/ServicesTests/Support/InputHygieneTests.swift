import Domain
import Persistence
import Services
import TestSupport
import Testing

/// The faults of the attack on a running instance (issue 12, item 12): each is refused with a French message on its
/// field, and nothing is written.
@Suite("Hygiène des saisies")
struct InputHygieneTests {
    /// Refers a household whose names are `names`, expecting a refusal on `documentNames`.
    static func refusedNames(_ names: String, fixture: CaseworkFixture) async throws -> String? {
        let before = try await fixture.count("persons")
        let error = await #expect(throws: DomainError.self) {
            try await ReferralService(environment: fixture.environment).create(
                fixture.referral(names: names),
                duplicatesReviewed: true,
                actor: fixture.ofii
            )
        }
        #expect(try await fixture.count("persons") == before)
        guard case .invalid(let errors) = error else { return nil }
        return errors["documentNames"]
    }

    @Test func aNulInANameIsRefusedRatherThanCutThere() async throws {
        try await CaseworkFixture.run { fixture in
            let message = try await Self.refusedNames("AHMADI\u{0}Farida", fixture: fixture)
            #expect(message?.contains("caractère invisible") == true)
        }
    }

    @Test func aControlCharacterIsRefused() async throws {
        try await CaseworkFixture.run { fixture in
            let message = try await Self.refusedNames("AHMADI \u{1B}[31mFarida", fixture: fixture)
            #expect(message?.contains("caractère invisible") == true)
            let household = try await fixture.household().householdID
            let error = await #expect(throws: DomainError.self) {
                try await PlanService(environment: fixture.environment).addGoal(
                    householdID: household,
                    domain: DiagnosisDomain.housing.rawValue,
                    personID: "",
                    title: "Logement\u{202E}",
                    actor: fixture.caseworker
                )
            }
            guard case .invalid(let errors) = error else {
                Issue.record("\(String(describing: error))")
                return
            }
            #expect(errors["goalTitle"]?.contains("caractère invisible") == true)
        }
    }

    @Test func aNameOf200000CharactersIsRefused() async throws {
        try await CaseworkFixture.run { fixture in
            let message = try await Self.refusedNames(String(repeating: "A", count: 200_000), fixture: fixture)
            #expect(message == "100 caractères au plus (200\u{202F}000 saisis).")
        }
    }

    @Test func namesAreStoredInNFC() async throws {
        try await CaseworkFixture.run { fixture in
            // "é" typed as e + combining acute accent is stored as the single precomposed "é".
            let household = try await fixture.household(names: "BENAÏSSA Re\u{301}da").householdID
            let names = try await fixture.environment.database.read { sql in
                try await HouseholdQueries.members(householdID: household, in: sql).first?.documentNames
            }
            #expect(names == "BENAÏSSA Réda")
            #expect(
                names?.unicodeScalars.count
                    == "BENAÏSSA Réda".precomposedStringWithCanonicalMapping.unicodeScalars.count
            )
        }
    }

    @Test func percentAndUnderscoreInASearchMatchOnlyThemselves() async throws {
        try await CaseworkFixture.run { fixture in
            try await fixture.household(names: "AHMADI Farida")
            let households = HouseholdService(environment: fixture.environment)
            for (typed, expected) in [("ahmadi", 1), ("%", 0), ("_", 0), ("a%i", 0), ("ahm_di", 0)] {
                var criteria = HouseholdCriteria()
                criteria.nameContains = typed
                let found = try await households.page(actor: fixture.manager, criteria: criteria, limit: 10, offset: 0)
                #expect(found.total == expected, "« \(typed) »")
            }
            let territories = TerritoryQueries(database: fixture.environment.database)
            #expect(try await territories.countCommunes("6926") > 0)
            #expect(try await territories.countCommunes("69_66") == 0)
            #expect(try await territories.countCommunes("%") == 0)
        }
    }

    @Test func anAppointmentIn9999IsRefused() async throws {
        try await CaseworkFixture.run { fixture in
            let household = try await fixture.household().householdID
            let error = await #expect(throws: DomainError.self) {
                try await AppointmentService(environment: fixture.environment).add(
                    householdID: household,
                    day: "9999-12-31",
                    time: "10:00",
                    minutes: "30",
                    place: "Agence",
                    actor: fixture.caseworker
                )
            }
            guard case .invalid(let errors) = error else {
                Issue.record("\(String(describing: error))")
                return
            }
            #expect(errors["appointmentDay"] != nil)
            #expect(try await fixture.count("appointments") == 0)
        }
    }

    @Test func aBirthDateInTheFutureOrBefore1900IsRefused() async throws {
        try await CaseworkFixture.run { fixture in
            for (year, month, day) in [("1899", "", ""), ("2026", "12", "25"), ("2027", "", "")] {
                var input = fixture.referral()
                input.birthYear = year
                input.birthMonth = month
                input.birthDay = day
                let error = await #expect(throws: DomainError.self) {
                    try await ReferralService(environment: fixture.environment).create(
                        input,
                        duplicatesReviewed: true,
                        actor: fixture.ofii
                    )
                }
                guard case .invalid(let errors) = error else {
                    Issue.record("\(year)-\(month)-\(day)")
                    continue
                }
                #expect(errors["birthYear"] != nil || errors["birthDay"] != nil, "\(year)-\(month)-\(day)")
            }
        }
    }
}
