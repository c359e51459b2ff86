import Domain
import Foundation
import Persistence
import Services
import TestSupport
import Testing

@Suite("Événements : déclarer, proposer, labelliser, territoire")
struct EventServiceTests {
    @Test func aPartnerProposesThePrefectureLabelsAndEveryStepIsAudited() async throws {
        try await TestEnvironment.withDemo(secondFactorRequired: false) { environment, _ in
            let (id, _) = try await EventFixtures.published(environment)
            let event = try await environment.database.read { try await EventRecords.find(id: id, in: $0) }
            #expect(event?.state == .published)
            #expect(
                try await EventFixtures.auditActions(environment, recordID: id) == [
                    "evenement.creation", "evenement.etat", "evenement.etat",
                ]
            )
            let calendar = try await PublicCalendarService(environment: environment).calendar(
                year: 2026,
                filter: CalendarFilter(),
                page: 1
            )
            #expect(calendar.events.map(\.id) == [id])
        }
    }

    @Test func draftsAndProposalsNeverReachThePublicCalendar() async throws {
        try await TestEnvironment.withDemo(secondFactorRequired: false) { environment, _ in
            let edition = try await EventFixtures.edition(environment)
            let partner = try await TestEnvironment.signIn(.partenaire, environment)
            let events = EventService(environment: environment)
            let draft = try await events.create(EventFixtures.input(edition: edition), actor: partner)
            let proposed = try await events.create(EventFixtures.input(edition: edition), actor: partner)
            try await events.apply(.propose, eventID: proposed, note: "", actor: partner)
            let service = PublicCalendarService(environment: environment)
            #expect(try await service.calendar(year: 2026, filter: CalendarFilter(), page: 1).total == 0)
            #expect(try await service.event(id: draft) == nil)
            #expect(try await service.event(id: proposed) == nil)
            #expect(try await service.feed(departement: "69", eventURL: { $0 })?.contains("BEGIN:VEVENT") == false)
        }
    }

    @Test func aPartnersDraftStaysItsOwnUntilProposed() async throws {
        try await TestEnvironment.withDemo(secondFactorRequired: false) { environment, _ in
            let edition = try await EventFixtures.edition(environment)
            let partner = try await TestEnvironment.signIn(.partenaire, environment)
            let prefecture = try await TestEnvironment.signIn(.prefecture, environment)
            let events = EventService(environment: environment)
            let id = try await events.create(EventFixtures.input(edition: edition), actor: partner)
            #expect(try await events.events(actor: prefecture).contains { $0.id == id } == false)
            await #expect(throws: DomainError.notFound) { _ = try await events.event(id: id, actor: prefecture) }
            await #expect(throws: DomainError.notFound) {
                try await events.apply(.publish, eventID: id, note: "", actor: prefecture)
            }
            try await events.apply(.propose, eventID: id, note: "", actor: partner)
            #expect(try await events.events(actor: prefecture).contains { $0.id == id })
            try await events.apply(.publish, eventID: id, note: "", actor: prefecture)
            #expect(
                try await EventFixtures.auditActions(environment, recordID: id) == [
                    "evenement.creation", "evenement.etat", "evenement.etat",
                ]
            )
        }
    }

    @Test func aPrefectureOf69CannotEditOrPublishAnEventOf13() async throws {
        try await TestEnvironment.withDemo(secondFactorRequired: false) { environment, _ in
            let edition = try await EventFixtures.edition(environment)
            let marseille = try await EventFixtures.prefecture13(environment)
            let events = EventService(environment: environment)
            let id = try await events.create(EventFixtures.input(edition: edition, commune: "13055"), actor: marseille)
            let lyon = try await TestEnvironment.signIn(.prefecture, environment)
            await #expect(throws: DomainError.notFound) {
                try await events.update(id: id, EventFixtures.input(edition: edition, commune: "13055"), actor: lyon)
            }
            await #expect(throws: DomainError.notFound) {
                try await events.apply(.publish, eventID: id, note: "", actor: lyon)
            }
            await #expect(throws: DomainError.notFound) { _ = try await events.event(id: id, actor: lyon) }
            #expect(try await events.events(actor: lyon).isEmpty)
            // Nor declare one in a commune of the Bouches-du-Rhône.
            await #expect(
                throws: DomainError.invalid(Self.error("eventCommune", "Cette commune est hors de vos départements."))
            ) {
                try await events.create(EventFixtures.input(edition: edition, commune: "13055"), actor: lyon)
            }
            #expect(try await EventFixtures.auditActions(environment, recordID: id) == ["evenement.creation"])
        }
    }

    static func error(_ field: String, _ message: String) -> FieldErrors {
        var errors = FieldErrors()
        errors.add(field, message)
        return errors
    }

    @Test func anEventOutsideItsEditionIsRefusedAndNothingIsWritten() async throws {
        try await TestEnvironment.withDemo(secondFactorRequired: false) { environment, _ in
            let edition = try await EventFixtures.edition(environment)
            let prefecture = try await TestEnvironment.signIn(.prefecture, environment)
            var input = EventFixtures.input(edition: edition)
            input.startDay = "2026-12-07"
            input.endDay = "2026-12-07"
            await #expect(throws: DomainError.self) {
                try await EventService(environment: environment).create(input, actor: prefecture)
            }
            #expect(try await EventService(environment: environment).events(actor: prefecture).isEmpty)
        }
    }

    @Test func attendanceIsRecordedOnlyOnceTheEventIsOver() async throws {
        try await TestEnvironment.withDemo(secondFactorRequired: false) { environment, time in
            let (id, _) = try await EventFixtures.published(environment)
            let prefecture = try await TestEnvironment.signIn(.prefecture, environment)
            let events = EventService(environment: environment)
            await #expect(throws: DomainError.self) {
                try await events.recordAttendance(eventID: id, counts: ["primo-arrivants": "12"], actor: prefecture)
            }
            // Tuesday 1 December 2026, 17:00 in Lyon is 16:00 UTC.
            time.advance(by: 4 * 86_400 + 6 * 3600)
            try await events.recordAttendance(
                eventID: id,
                counts: ["primo-arrivants": "12", "employeurs": "5"],
                actor: prefecture
            )
            let event = try await environment.database.read { try await EventRecords.find(id: id, in: $0) }
            #expect(event?.state == .held)
            #expect(event?.attendanceTotal == 17)
        }
    }

    @Test func lastYearsEventsAreCopiedAsDraftsOnce() async throws {
        try await TestEnvironment.withDemo(secondFactorRequired: false) { environment, _ in
            let (source, _) = try await EventFixtures.published(environment)
            let national = try await TestEnvironment.signIn(.national, environment)
            var next = EditionInput()
            next.title = "Semaine de l'intégration 2027"
            next.startsOn = "2027-11-29"
            next.endsOn = "2027-12-03"
            let target = try await EditionService(environment: environment).create(next, actor: national)
            let prefecture = try await TestEnvironment.signIn(.prefecture, environment)
            let events = EventService(environment: environment)
            #expect(try await events.copyPreviousEdition(into: target, actor: prefecture) == 1)
            #expect(try await events.copyPreviousEdition(into: target, actor: prefecture) == 0)
            let copies = try await environment.database.read {
                try await EventRecords.copiedFrom(editionID: target, in: $0)
            }
            #expect(copies == [source])
            let all = try await events.events(actor: prefecture)
            let copy = try #require(all.first { $0.state == .draft })
            #expect(LocalTime.metropolitan.day(of: copy.startsAt) == CalendarDay(iso: "2027-11-30"))
        }
    }
}
