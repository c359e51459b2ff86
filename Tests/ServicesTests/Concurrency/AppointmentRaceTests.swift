import Domain
import Persistence
import Services
import TestSupport
import Testing

/// Two users changing the same appointment at once (issue 14, item 10): the household is locked and the appointment's
/// revision checked in the transaction, so one change wins and the other is told, in French, to look again. Only
/// PostgreSQL runs the two transactions side by side.
@Suite(
    "Rendez-vous changés par deux personnes à la fois (PostgreSQL)",
    .enabled(if: TestDatabase.postgresURL != nil, "PARCOURS_TEST_DATABASE_URL n'est pas défini")
)
struct AppointmentRaceTests {
    @Test func aMoveAndACancellationAtOnceHaveOneWinner() async throws {
        try await CaseworkFixture.run { fixture in
            let household = try await fixture.household().householdID
            let appointments = AppointmentService(environment: fixture.environment)
            for round in 0..<5 {
                let id = try await appointments.add(
                    householdID: household,
                    day: "2026-12-0\(round + 1)",
                    time: "10:00",
                    minutes: "30",
                    place: "Permanence",
                    actor: fixture.caseworker
                )
                let outcomes = await ConcurrentWriteTests.race(
                    {
                        try await appointments.move(
                            appointmentID: id,
                            revision: "0",
                            day: "2026-12-15",
                            time: "14:00",
                            minutes: "45",
                            place: "Visite à domicile",
                            actor: fixture.caseworker
                        )
                    },
                    {
                        try await appointments.cancel(
                            appointmentID: id,
                            revision: "0",
                            reason: "Annulé par la responsable",
                            actor: fixture.manager
                        )
                    }
                )
                try Self.expectOneWinner(outcomes)
                let stored = try #require(
                    try await fixture.environment.database.read {
                        try await AppointmentRecords.find(id: id, in: $0)
                    }
                )
                #expect(stored.revision == 1)
            }
        }
    }

    @Test func twoMovesAtOnceHaveOneWinner() async throws {
        try await CaseworkFixture.run { fixture in
            let household = try await fixture.household().householdID
            let appointments = AppointmentService(environment: fixture.environment)
            for round in 0..<5 {
                let id = try await appointments.add(
                    householdID: household,
                    day: "2026-12-0\(round + 1)",
                    time: "10:00",
                    minutes: "30",
                    place: "Permanence",
                    actor: fixture.caseworker
                )
                let move = { @Sendable (actor: AccountSummary, place: String) in
                    _ = try await appointments.move(
                        appointmentID: id,
                        revision: "0",
                        day: "2026-12-20",
                        time: "09:00",
                        minutes: "30",
                        place: place,
                        actor: actor
                    )
                }
                let outcomes = await ConcurrentWriteTests.race(
                    { try await move(fixture.caseworker, "Permanence de Villeurbanne") },
                    { try await move(fixture.manager, "Permanence de Vénissieux") }
                )
                try Self.expectOneWinner(outcomes)
                #expect(
                    try await fixture.count("audit_events", where: "action = 'rendez_vous.deplacement'") == round + 1
                )
            }
        }
    }

    /// One change succeeded; the other was refused with the French message that the appointment just changed.
    static func expectOneWinner(_ outcomes: [DomainError?]) throws {
        try ConcurrentWriteTests.expectOneWinner(outcomes, prefix: "Ce rendez-vous vient d'être modifié")
    }
}
