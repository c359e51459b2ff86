import Domain
import Persistence
import Services
import TestSupport
import Testing

/// The support's use cases called directly: the write rule, the lifecycle and the per-field messages.
@Suite("Service d'accompagnement")
struct CaseworkServiceTests {
    @Test func theWelcomeIsDatedBetweenTheReferralAndTodayAndOpensTheEntry() async throws {
        try await CaseworkFixture.run { fixture in
            let household = try await fixture.household(welcomedDaysAgo: nil).householdID
            let casework = CaseworkService(environment: fixture.environment)
            for (date, message) in [
                (fixture.today.adding(days: 1).iso, "Cette date ne peut pas être dans le futur."),
                (fixture.today.adding(days: -11).iso, "Cette date ne peut pas précéder l'orientation"),
                ("2026-02-30", "Saisissez une date réelle"),
            ] {
                let error = await #expect(throws: DomainError.self) {
                    try await casework.recordWelcome(householdID: household, date: date, actor: fixture.caseworker)
                }
                guard case .invalid(let errors) = error else {
                    Issue.record("\(String(describing: error))")
                    continue
                }
                #expect(errors["welcomeDate"]?.contains(message) == true, "\(date) : \(errors)")
            }
            try await casework.recordWelcome(
                householdID: household,
                date: fixture.today.iso,
                activity: "cdd",
                months: "6",
                actor: fixture.caseworker
            )
            #expect(try await fixture.count("milestones", where: "household_id = '\(household)'") == 1)
        }
    }

    @Test func onlyTheHouseholdsCaseworkerOrAManagerWrites() async throws {
        try await CaseworkFixture.run { fixture in
            let household = try await fixture.household().householdID
            let other = try await fixture.team(in: "75")
            let contact = { (actor: AccountSummary) in
                try await CaseworkService(environment: fixture.environment).addContact(
                    householdID: household,
                    date: fixture.today.iso,
                    mode: ContactMode.phone.rawValue,
                    minutes: "20",
                    attendees: "",
                    note: "",
                    actor: actor
                )
            }
            try await contact(fixture.caseworker)
            try await contact(fixture.manager)
            // Another operator's caseworker does not even see the household.
            await #expect(throws: DomainError.notFound) { try await contact(other.caseworker) }
            await #expect(throws: DomainError.forbidden) { try await contact(fixture.ofii) }
            #expect(try await fixture.count("contacts", where: "household_id = '\(household)'") == 2)
        }
    }

    @Test func aContactsNumbersAndTextsAreBounded() async throws {
        try await CaseworkFixture.run { fixture in
            let household = try await fixture.household().householdID
            let error = await #expect(throws: DomainError.self) {
                try await CaseworkService(environment: fixture.environment).addContact(
                    householdID: household,
                    date: fixture.today.iso,
                    mode: "visite",
                    minutes: "9223372036854775807",
                    attendees: "Amina\u{0}",
                    note: String(repeating: "x", count: 501),
                    actor: fixture.caseworker
                )
            }
            guard case .invalid(let errors) = error else {
                Issue.record("\(String(describing: error))")
                return
            }
            #expect(errors["contactMode"] != nil)
            #expect(errors["contactMinutes"] == "Indiquez la durée en minutes, de 1 à 480.")
            #expect(errors["contactAttendees"]?.contains("caractère invisible") == true)
            #expect(errors["contactNote"]?.contains("500 caractères") == true)
            #expect(try await fixture.count("contacts") == 0)
        }
    }

    @Test func anExitEndsTheSupportAndNothingIsWrittenAfterIt() async throws {
        try await CaseworkFixture.run { fixture in
            let household = try await fixture.household().householdID
            let casework = CaseworkService(environment: fixture.environment)
            let exit = {
                try await casework.recordExit(
                    householdID: household,
                    date: fixture.today.iso,
                    reason: ExitReason.objectivesReached.rawValue,
                    housing: HousingSituation.socialRentalLease.rawValue,
                    activity: "cdi",
                    months: "",
                    actor: fixture.caseworker
                )
            }
            #expect(try await exit().positive)
            let again = await #expect(throws: DomainError.self) { try await exit() }
            #expect(again == .conflict(HouseholdStage.exited.refusal))
            await #expect(throws: DomainError.conflict(HouseholdStage.exited.refusal)) {
                try await casework.recordContract(
                    householdID: household,
                    date: fixture.today.iso,
                    actor: fixture.manager
                )
            }
        }
    }

    @Test func theHealthDomainIsWrittenByTheHouseholdsOwnCaseworkerOnly() async throws {
        try await CaseworkFixture.run { fixture in
            let household = try await fixture.household().householdID
            let casework = CaseworkService(environment: fixture.environment)
            let values: [DiagnosisDomain: (situation: String, need: String, note: String)] = [
                .health: ("Suivi en cours", NeedLevel.medium.rawValue, ""),
                .housing: ("Hébergement d'urgence", NeedLevel.high.rawValue, ""),
            ]
            try await casework.saveDiagnosis(householdID: household, values: values, actor: fixture.manager)
            #expect(try await fixture.count("diagnoses", where: "domain = 'sante'") == 0)
            try await casework.saveDiagnosis(householdID: household, values: values, actor: fixture.caseworker)
            #expect(try await fixture.count("diagnoses", where: "domain = 'sante'") == 1)
        }
    }

    @Test func onlyAManagerHandsTheHouseholdOverAndOnlyToAnotherCaseworker() async throws {
        try await CaseworkFixture.run { fixture in
            let household = try await fixture.household().householdID
            let casework = CaseworkService(environment: fixture.environment)
            await #expect(throws: DomainError.forbidden) {
                try await casework.transfer(
                    householdID: household,
                    to: fixture.caseworker.id,
                    actor: fixture.caseworker
                )
            }
            let error = await #expect(throws: DomainError.self) {
                try await casework.transfer(householdID: household, to: fixture.caseworker.id, actor: fixture.manager)
            }
            guard case .invalid(let errors) = error else {
                Issue.record("\(String(describing: error))")
                return
            }
            #expect(errors["transferTo"] != nil)
        }
    }
}
