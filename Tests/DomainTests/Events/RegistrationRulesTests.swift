import Domain
import Foundation
import Testing

@Suite("Inscriptions : places, liste d'attente, clôture, effacement")
struct RegistrationRulesTests {
    let start = Date(timeIntervalSince1970: 1_800_000_000)

    @Test func aSeatWhileThereIsOneThenTheWaitingList() {
        let admit = { (registered: Int) in
            RegistrationRules.admit(
                state: .published,
                audience: .onRegistration,
                capacity: 20,
                registered: registered,
                startsAt: start,
                now: start.addingTimeInterval(-60)
            )
        }
        #expect(admit(19) == .success(.registered))
        #expect(admit(20) == .success(.waiting))
    }

    @Test func registrationsStopAtTheStartAndForEventsNotOnRegistration() {
        #expect(
            RegistrationRules.admit(
                state: .published,
                audience: .onRegistration,
                capacity: 20,
                registered: 0,
                startsAt: start,
                now: start
            ) == .failure(.init("Les inscriptions sont closes : l'événement a commencé."))
        )
        #expect(
            RegistrationRules.admit(
                state: .published,
                audience: .everyone,
                capacity: nil,
                registered: 0,
                startsAt: start,
                now: .distantPast
            )
            .isFailure
        )
        #expect(
            RegistrationRules.admit(
                state: .proposed,
                audience: .onRegistration,
                capacity: 5,
                registered: 0,
                startsAt: start,
                now: .distantPast
            )
            .isFailure
        )
    }

    @Test func onlyASeatCancelledBeforeTheStartIsPassedOn() {
        #expect(RegistrationRules.freesSeat(.registered, startsAt: start, now: start.addingTimeInterval(-1)))
        #expect(!RegistrationRules.freesSeat(.registered, startsAt: start, now: start))
        #expect(!RegistrationRules.freesSeat(.waiting, startsAt: start, now: .distantPast))
    }

    @Test func registrantsAreErasedThreeMonthsAfterTheEvent() {
        #expect(
            RegistrationRules.erasureDay(eventEndDay: CalendarDay(iso: "2026-10-16")!) == CalendarDay(iso: "2027-01-16")
        )
        #expect(
            RegistrationRules.erasureDay(eventEndDay: CalendarDay(iso: "2026-11-30")!) == CalendarDay(iso: "2027-02-28")
        )
    }

    @Test func nameAndAddressAreCheckedAndTheAddressNormalised() throws {
        var errors = FieldErrors()
        let (name, address) = try #require(
            RegistrationRules.validate(name: " Aïcha  Diallo ", email: " Aicha.Diallo@Exemple.FR ", &errors)
        )
        #expect(name == "Aïcha  Diallo")
        #expect(address.address == "aicha.diallo@exemple.fr")
        var bad = FieldErrors()
        #expect(RegistrationRules.validate(name: "", email: "x@y.fr\r\nBcc: z@w.fr", &bad) == nil)
        #expect(bad["registrationName"] == "Indiquez votre nom.")
        #expect(bad["registrationEmail"] != nil)
        var accented = FieldErrors()
        #expect(RegistrationRules.validate(name: "A", email: "andré@exemple.fr", &accented) == nil)
    }
}
