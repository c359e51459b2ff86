import Domain
import Foundation
import Persistence
import Services
import TestSupport
import Testing

@Suite("Inscriptions publiques : confirmation, liste d'attente, annulation, effacement")
struct RegistrationServiceTests {
    static func register(
        _ environment: ServiceEnvironment,
        _ event: String,
        _ email: String
    ) async throws
        -> RegistrationService.Outcome
    {
        try await RegistrationService(environment: environment).register(
            eventID: event,
            name: "Personne \(email.prefix(2))",
            email: email,
            links: EventFixtures.links
        )
    }

    static func token(_ environment: ServiceEnvironment, registrationID: String) async throws -> String {
        let message = try await environment.database.read {
            try await OutboxRecords.messages(referenceID: registrationID, in: $0)
        }.first
        let link = message?.message.blocks.compactMap { block -> String? in
            if case .link(let label, let url) = block, label == "Annuler mon inscription" { return url }
            return nil
        }.first
        return String(link?.split(separator: "/").last ?? "")
    }

    @Test func aFullEventPutsPeopleOnTheWaitingListThatMovesUpOnCancellation() async throws {
        try await TestEnvironment.withDemo(secondFactorRequired: false) { environment, _ in
            let (event, _) = try await EventFixtures.published(environment, capacity: 1)
            #expect(try await Self.register(environment, event, "a@exemple.fr") == .created(.registered))
            #expect(try await Self.register(environment, event, "b@exemple.fr") == .created(.waiting))
            let registrations = try await environment.database.read {
                try await RegistrationRecords.all(eventID: event, in: $0)
            }
            let first = try #require(registrations.first { $0.email == "a@exemple.fr" })
            let waiting = try #require(registrations.first { $0.email == "b@exemple.fr" })
            let token = try await Self.token(environment, registrationID: first.id)
            #expect(
                try await RegistrationService(environment: environment).cancel(token: token, links: EventFixtures.links)
            )
            let after = try await environment.database.read {
                try await RegistrationRecords.all(eventID: event, in: $0)
            }
            #expect(after.first { $0.id == first.id }?.status == .cancelled)
            #expect(after.first { $0.id == waiting.id }?.status == .registered)
            let stored = try await environment.database.read { try await EventRecords.find(id: event, in: $0) }
            #expect(stored?.registeredCount == 1 && stored?.waitingCount == 0)
            let promoted = try await environment.database.read {
                try await OutboxRecords.messages(referenceID: waiting.id, in: $0)
            }
            #expect(
                promoted.map(\.message.subject) == [
                    "Liste d'attente : Forum de l'emploi", "Une place s'est libérée : Forum de l'emploi",
                ]
            )
            #expect(
                try await EventFixtures.auditActions(environment, recordID: first.id) == [
                    "evenement.inscription", "evenement.desinscription",
                ]
            )
        }
    }

    @Test func twoRegistrationsWithOneAddressForOneEventAreOne() async throws {
        try await TestEnvironment.withDemo(secondFactorRequired: false) { environment, _ in
            let (event, _) = try await EventFixtures.published(environment)
            #expect(try await Self.register(environment, event, "a@exemple.fr") == .created(.registered))
            #expect(try await Self.register(environment, event, " A@Exemple.FR ") == .alreadyRegistered(.registered))
            let registrations = try await environment.database.read {
                try await RegistrationRecords.all(eventID: event, in: $0)
            }
            #expect(registrations.count == 1)
        }
    }

    @Test func theConfirmationIsInFrenchWithACancelLink() async throws {
        try await TestEnvironment.withDemo(secondFactorRequired: false) { environment, _ in
            let (event, _) = try await EventFixtures.published(environment)
            _ = try await Self.register(environment, event, "a@exemple.fr")
            let registration = try #require(
                try await environment.database.read { try await RegistrationRecords.all(eventID: event, in: $0) }.first
            )
            let message = try #require(
                try await environment.database.read {
                    try await OutboxRecords.messages(referenceID: registration.id, in: $0)
                }.first
            )
            #expect(message.message.subject == "Inscription confirmée : Forum de l'emploi")
            #expect(message.message.text.contains("Quand : mardi 1er décembre 2026, de 14 h à 17 h"))
            #expect(message.message.text.contains("https://parcours.test/semaine/inscriptions/tok"))
            // The link's token is stored only as a hash.
            let token = try await Self.token(environment, registrationID: registration.id)
            let stored = try await environment.database.read { sql in
                try await sql.raw("SELECT token_hash FROM event_registrations").first()?.decode(
                    column: "token_hash",
                    as: String.self
                )
            }
            #expect(stored == TokenHash.of(token))
        }
    }

    @Test func registrationsStopAtTheStartOfTheEvent() async throws {
        try await TestEnvironment.withDemo(secondFactorRequired: false) { environment, time in
            let (event, _) = try await EventFixtures.published(environment)
            // Tuesday 1 December 2026, 14:00 in Lyon is 13:00 UTC; the clock is at Friday 27 November, 10:00 UTC.
            time.advance(by: 4 * 86_400 + 3 * 3600)
            await #expect(throws: DomainError.conflict("Les inscriptions sont closes : l'événement a commencé.")) {
                _ = try await Self.register(environment, event, "tard@exemple.fr")
            }
        }
    }

    @Test func registrantsAreErasedThreeMonthsAfterTheEventAndOnlyCountsRemain() async throws {
        try await TestEnvironment.withDemo(secondFactorRequired: false) { environment, time in
            let (event, _) = try await EventFixtures.published(environment, capacity: 1)
            _ = try await Self.register(environment, event, "a@exemple.fr")
            _ = try await Self.register(environment, event, "b@exemple.fr")
            let service = RegistrationService(environment: environment)
            // The event ends on 1 December 2026: erased on 1 March 2027, not the day before.
            time.advance(by: 93 * 86_400)
            #expect(try await service.eraseDue() == 0)
            time.advance(by: 86_400)
            #expect(try await service.eraseDue() == 1)
            #expect(try await service.eraseDue() == 0)
            let remaining = try await environment.database.read { sql in
                (
                    try await RegistrationRecords.all(eventID: event, in: sql),
                    try await sql.raw("SELECT COUNT(*) AS n FROM mail_outbox").first()?.decode(
                        column: "n",
                        as: Int.self
                    )
                )
            }
            #expect(remaining.0.isEmpty)
            #expect(remaining.1 == 0)
            let stored = try await environment.database.read { try await EventRecords.find(id: event, in: $0) }
            #expect(stored?.registeredCount == 1 && stored?.waitingCount == 1 && stored?.registrantsErased == true)
            #expect(
                try await EventFixtures.auditActions(environment, recordID: event).last
                    == "evenement.effacement_inscrits"
            )
        }
    }

    /// Twenty people ask for the last seat at the same moment: the event row is locked (SELECT … FOR UPDATE on
    /// PostgreSQL), so exactly one gets it and nineteen wait. Meaningful on PostgreSQL; SQLite runs writers one by one.
    @Test func twentyPeopleForTheLastSeatExactlyOneIsRegistered() async throws {
        try await TestEnvironment.withDemo(secondFactorRequired: false) { environment, _ in
            let (event, _) = try await EventFixtures.published(environment, capacity: 3)
            _ = try await Self.register(environment, event, "un@exemple.fr")
            _ = try await Self.register(environment, event, "deux@exemple.fr")
            let outcomes = try await withThrowingTaskGroup(of: RegistrationService.Outcome.self) { group in
                for index in 0..<20 {
                    group.addTask { try await Self.register(environment, event, "p\(index)@exemple.fr") }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            #expect(outcomes.filter { $0 == .created(.registered) }.count == 1)
            #expect(outcomes.filter { $0 == .created(.waiting) }.count == 19)
            let stored = try await environment.database.read { try await EventRecords.find(id: event, in: $0) }
            #expect(stored?.registeredCount == 3 && stored?.waitingCount == 19)
        }
    }
}
