import Domain
import Persistence
import Services
import TestSupport
import Testing

/// Appointments and transfers to another operator, called directly.
@Suite("Rendez-vous et transferts")
struct AppointmentAndTransferServiceTests {
    @Test func anAppointmentIsBookedFromTodayToTwoYearsAheadInLocalTime() async throws {
        try await CaseworkFixture.run { fixture in
            let household = try await fixture.household().householdID
            let appointments = AppointmentService(environment: fixture.environment)
            let book = { (day: String) in
                try await appointments.add(
                    householdID: household,
                    day: day,
                    time: "09:15",
                    minutes: "30",
                    place: "Permanence",
                    actor: fixture.caseworker
                )
            }
            for (day, field) in [
                ("9999-01-01", "appointmentDay"), ("2099-01-01", "appointmentDay"), ("2026-11-26", "appointmentDay"),
            ] {
                let error = await #expect(throws: DomainError.self) { try await book(day) }
                guard case .invalid(let errors) = error else {
                    Issue.record("\(day)")
                    continue
                }
                #expect(errors[field] != nil, "\(day)")
            }
            _ = try await book("2026-11-30")
            let stored = try await fixture.environment.database.read { sql in
                try await sql.raw("SELECT starts_at FROM appointments").first()?.decode(
                    column: "starts_at",
                    as: String.self
                )
            }
            // 9:15 in Lyon in winter (UTC+1).
            #expect(stored == "2026-11-30T08:15:00Z")
        }
    }

    @Test func aTransferGoesToTheOperatorOfAnotherDepartementWithItsFile() async throws {
        try await CaseworkFixture.run { fixture in
            let household = try await fixture.household().householdID
            let transfers = TransferService(environment: fixture.environment)
            let refused = await #expect(throws: DomainError.self) {
                try await transfers.transfer(
                    householdID: household,
                    departement: "75",
                    reason: "",
                    actor: fixture.manager
                )
            }
            guard case .invalid(let errors) = refused else {
                Issue.record("\(String(describing: refused))")
                return
            }
            #expect(errors["moveDepartement"] == "Aucun opérateur AGIR actif ne couvre ce département.")
            #expect(errors["moveReason"] != nil)
            await #expect(throws: DomainError.forbidden) {
                try await transfers.transfer(
                    householdID: household,
                    departement: "75",
                    reason: "x",
                    actor: fixture.caseworker
                )
            }
            let paris = try await fixture.team(in: "75")
            let name = try await transfers.transfer(
                householdID: household,
                departement: "75",
                reason: "Logement trouvé à Paris",
                actor: fixture.manager
            )
            #expect(name == "Opérateur AGIR 75 (test)")
            let file = try await HouseholdService(environment: fixture.environment).filePage(
                id: household,
                actor: paris.manager
            )
            #expect(file.file.household.departement == "75")
            #expect(file.file.household.caseworkerID == nil)
            #expect(file.file.transfers.count == 1)
            // The sending operator no longer reaches it; writing is refused with a clear message.
            await #expect(throws: DomainError.self) {
                try await CaseworkService(environment: fixture.environment).addContact(
                    householdID: household,
                    date: fixture.today.iso,
                    mode: ContactMode.phone.rawValue,
                    minutes: "10",
                    attendees: "",
                    note: "",
                    actor: fixture.manager
                )
            }
        }
    }
}
