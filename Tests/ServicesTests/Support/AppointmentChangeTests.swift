import Domain
import Foundation
import Persistence
import Services
import TestSupport
import Testing

/// Appointments moved, cancelled, attended or missed (issue 14, item 10a), called directly.
@Suite("Rendez-vous déplacés, annulés, honorés ou manqués")
struct AppointmentChangeTests {
    /// A household of the demo caseworker with an appointment on `day` at `time` (the clock reads 27 November 2026,
    /// 11:00 in Lyon).
    static func booked(
        _ fixture: CaseworkFixture,
        day: String = "2026-11-30",
        time: String = "09:15"
    ) async throws -> (household: String, appointment: String) {
        let household = try await fixture.household().householdID
        let appointment = try await AppointmentService(environment: fixture.environment).add(
            householdID: household,
            day: day,
            time: time,
            minutes: "30",
            place: "Permanence",
            actor: fixture.caseworker
        )
        return (household, appointment)
    }

    static func stored(_ id: String, _ fixture: CaseworkFixture) async throws -> AppointmentRecord {
        try #require(try await fixture.environment.database.read { try await AppointmentRecords.find(id: id, in: $0) })
    }

    static func audit(_ action: AuditAction, _ fixture: CaseworkFixture) async throws -> String? {
        try await fixture.environment.database.read { sql in
            try await sql.raw("SELECT changes FROM audit_events WHERE action = \(bind: action.rawValue)").first()?
                .decode(column: "changes", as: String.self)
        }
    }

    @Test func aMovedAppointmentIsStoredAtItsNewLocalTimeAndAuditedWithBeforeAndAfter() async throws {
        try await CaseworkFixture.run { fixture in
            let (_, id) = try await Self.booked(fixture)
            try await AppointmentService(environment: fixture.environment).move(
                appointmentID: id,
                revision: "0",
                day: "2026-12-03",
                time: "16:00",
                minutes: "60",
                place: "Visite à domicile",
                actor: fixture.caseworker
            )
            let moved = try await Self.stored(id, fixture)
            #expect(moved.startsAt.stored == "2026-12-03T16:00")
            #expect(moved.minutes == 60 && moved.place == "Visite à domicile" && moved.revision == 1)
            let stored = try await fixture.environment.database.read { sql in
                try await sql.raw("SELECT starts_at FROM appointments WHERE id = \(bind: id)").first()?
                    .decode(column: "starts_at", as: String.self)
            }
            // 16:00 in Lyon in winter (UTC+1).
            #expect(stored == "2026-12-03T15:00:00Z")
            let changes = try #require(try await Self.audit(.appointmentMoved, fixture))
            #expect(changes.contains("2026-11-30T09:15") && changes.contains("2026-12-03T16:00"))
        }
    }

    @Test func aMoveIsCheckedAsABookingAndWritesNothingWhenWrong() async throws {
        try await CaseworkFixture.run { fixture in
            let (_, id) = try await Self.booked(fixture)
            let error = await #expect(throws: DomainError.self) {
                try await AppointmentService(environment: fixture.environment).move(
                    appointmentID: id,
                    revision: "0",
                    day: "2026-11-26",
                    time: "25:00",
                    minutes: "0",
                    place: "",
                    actor: fixture.caseworker
                )
            }
            guard case .invalid(let errors) = error else {
                Issue.record("\(String(describing: error))")
                return
            }
            #expect(errors["appointmentDay"] != nil)
            #expect(errors["appointmentMinutes"] != nil)
            #expect(errors["appointmentPlace"] != nil)
            #expect(try await Self.stored(id, fixture).revision == 0)
            #expect(try await Self.audit(.appointmentMoved, fixture) == nil)
        }
    }

    @Test func aCancelledAppointmentLeavesTheAppointmentsToComeButStaysInTheHistory() async throws {
        try await CaseworkFixture.run { fixture in
            let (household, id) = try await Self.booked(fixture)
            let appointments = AppointmentService(environment: fixture.environment)
            let token = try await appointments.renewFeed(actor: fixture.caseworker)
            #expect(try await appointments.feed(token: token, siteAddress: "https://x")?.contains(id) == true)
            try await appointments.cancel(
                appointmentID: id,
                revision: "0",
                reason: "Reporté à la demande de la personne",
                actor: fixture.caseworker
            )
            let page = try await HouseholdService(environment: fixture.environment).filePage(
                id: household,
                actor: fixture.caseworker
            )
            #expect(page.appointments.isEmpty)
            let history = try #require(page.file.appointmentHistory.first)
            #expect(history.status == .cancelled && history.cancelReason == "Reporté à la demande de la personne")
            #expect(try await appointments.feed(token: token, siteAddress: "https://x")?.contains(id) == false)
            let changes = try #require(try await Self.audit(.appointmentCancelled, fixture))
            #expect(changes.contains("Prévu") && changes.contains("Annulé"))
        }
    }

    @Test func aCancellationNeedsItsReason() async throws {
        try await CaseworkFixture.run { fixture in
            let (_, id) = try await Self.booked(fixture)
            let error = await #expect(throws: DomainError.self) {
                try await AppointmentService(environment: fixture.environment).cancel(
                    appointmentID: id,
                    revision: "0",
                    reason: "  ",
                    actor: fixture.caseworker
                )
            }
            guard case .invalid(let errors) = error else {
                Issue.record("\(String(describing: error))")
                return
            }
            #expect(errors["cancelReason"] != nil)
            #expect(try await Self.stored(id, fixture).status == .planned)
        }
    }

    @Test func attendanceIsRecordedOnlyOnceTheAppointmentHasStartedInLocalTime() async throws {
        try await CaseworkFixture.run { fixture in
            // 27 November 2026 at 11:00 in Lyon: an appointment at 11:30 that day has not started.
            let (_, id) = try await Self.booked(fixture, day: "2026-11-27", time: "11:30")
            let appointments = AppointmentService(environment: fixture.environment)
            let early = await #expect(throws: DomainError.self) {
                try await appointments.recordOutcome(
                    appointmentID: id,
                    revision: "0",
                    outcome: "honore",
                    actor: fixture.caseworker
                )
            }
            guard case .conflict = early else {
                Issue.record("\(String(describing: early))")
                return
            }
            fixture.time.advance(by: 30 * 60)
            try await appointments.recordOutcome(
                appointmentID: id,
                revision: "0",
                outcome: "honore",
                actor: fixture.caseworker
            )
            #expect(try await Self.stored(id, fixture).status == .attended)
            // A mistake is corrected the other way, audited again.
            try await appointments.recordOutcome(
                appointmentID: id,
                revision: "1",
                outcome: "manque",
                actor: fixture.caseworker
            )
            #expect(try await Self.stored(id, fixture).status == .missed)
            #expect(try await Self.audit(.appointmentOutcome, fixture)?.contains("Honoré") == true)
        }
    }

    @Test func aCancelledAppointmentNeitherMovesNorTakesAnOutcome() async throws {
        try await CaseworkFixture.run { fixture in
            let (_, id) = try await Self.booked(fixture, day: "2026-11-27", time: "10:30")
            let appointments = AppointmentService(environment: fixture.environment)
            try await appointments.cancel(appointmentID: id, revision: "0", reason: "Malade", actor: fixture.manager)
            await #expect(throws: DomainError.conflict("Ce rendez-vous est annulé : il ne se déplace plus.")) {
                try await appointments.move(
                    appointmentID: id,
                    revision: "1",
                    day: "2026-12-01",
                    time: "10:00",
                    minutes: "30",
                    place: "Permanence",
                    actor: fixture.caseworker
                )
            }
            await #expect(throws: DomainError.self) {
                try await appointments.recordOutcome(
                    appointmentID: id,
                    revision: "1",
                    outcome: "manque",
                    actor: fixture.caseworker
                )
            }
            #expect(try await Self.stored(id, fixture).status == .cancelled)
        }
    }

    @Test func aChangeMadeOnAnOlderVersionIsRefusedWithAFrenchMessage() async throws {
        try await CaseworkFixture.run { fixture in
            let (_, id) = try await Self.booked(fixture)
            let appointments = AppointmentService(environment: fixture.environment)
            let move = { @Sendable (place: String) in
                try await appointments.move(
                    appointmentID: id,
                    revision: "0",
                    day: "2026-12-01",
                    time: "10:00",
                    minutes: "30",
                    place: place,
                    actor: fixture.caseworker
                )
            }
            _ = try await move("Permanence de Villeurbanne")
            let error = await #expect(throws: DomainError.self) { try await move("Permanence de Lyon") }
            guard case .conflict(let message) = error else {
                Issue.record("\(String(describing: error))")
                return
            }
            #expect(message.hasPrefix("Ce rendez-vous vient d'être modifié"))
            #expect(try await Self.stored(id, fixture).place == "Permanence de Villeurbanne")
        }
    }

    @Test func onlyTheHouseholdsWritersChangeItsAppointments() async throws {
        try await CaseworkFixture.run { fixture in
            let (_, id) = try await Self.booked(fixture)
            let appointments = AppointmentService(environment: fixture.environment)
            let cancel = { @Sendable (actor: AccountSummary) in
                try await appointments.cancel(appointmentID: id, revision: "0", reason: "Motif", actor: actor)
            }
            await #expect(throws: DomainError.forbidden) { try await cancel(fixture.ofii) }
            let paris = try await fixture.team(in: "75")
            await #expect(throws: DomainError.notFound) { try await cancel(paris.manager) }
            await #expect(throws: DomainError.notFound) {
                try await appointments.page(appointmentID: id, actor: paris.caseworker)
            }
            #expect(try await Self.stored(id, fixture).status == .planned)
        }
    }
}
