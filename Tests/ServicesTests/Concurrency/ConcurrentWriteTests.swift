import Domain
import Persistence
import Services
import TestSupport
import Testing

/// Two users racing on the same record: each use case checks and writes in one transaction on a locked row, so the
/// race has one winner and the loser a clear French message. Only PostgreSQL runs transactions side by side
/// (SQLite's single writer takes them in turn), so these tests run when `PARCOURS_TEST_DATABASE_URL` is set.
@Suite(
    "Écritures concurrentes (PostgreSQL)",
    .enabled(if: TestDatabase.postgresURL != nil, "PARCOURS_TEST_DATABASE_URL n'est pas défini")
)
struct ConcurrentWriteTests {
    @Test func twentyEnrolmentsOnTheLastSeatTakeItOnce() async throws {
        try await CaseworkFixture.run { fixture in
            let course = try await fixture.course(seats: 1)
            var persons: [String] = []
            for index in 0..<20 {
                let names = "PERSONNE\(index) Test"
                persons.append(try await fixture.household(names: names, birthYear: 1970 + index).personID)
            }
            let pathways = PathwayService(environment: fixture.environment)
            let statuses = try await withThrowingTaskGroup(of: EnrolmentStatus.self) { group in
                for person in persons {
                    group.addTask {
                        try await pathways.enrol(personID: person, courseID: course, actor: fixture.caseworker)
                    }
                }
                return try await group.reduce(into: [EnrolmentStatus]()) { $0.append($1) }
            }
            #expect(statuses.filter { $0 == .enrolled }.count == 1)
            #expect(statuses.filter { $0 == .waiting }.count == 19)
            let taken = try await fixture.count(
                "course_enrolments",
                where: "course_id = '\(course)' AND status IN ('inscrit', 'termine')"
            )
            #expect(taken == 1)
        }
    }

    @Test func aTransferAndAnExitAtOnceHaveOneWinner() async throws {
        try await CaseworkFixture.run { fixture in
            _ = try await fixture.team(in: "75")
            for round in 0..<5 {
                let household = try await fixture.household(names: "COURSE\(round) Test").householdID
                let outcomes = await Self.race(
                    {
                        _ = try await TransferService(environment: fixture.environment).transfer(
                            householdID: household,
                            departement: "75",
                            reason: "Déménagement à Paris",
                            actor: fixture.manager
                        )
                    },
                    {
                        _ = try await CaseworkService(environment: fixture.environment).recordExit(
                            householdID: household,
                            date: fixture.today.iso,
                            reason: ExitReason.allCases[0].rawValue,
                            housing: HousingSituation.allCases[0].rawValue,
                            activity: "cdi",
                            months: "",
                            actor: fixture.manager
                        )
                    }
                )
                try Self.expectOneWinner(outcomes)
            }
        }
    }

    @Test func twoTransfersAtOnceHaveOneWinner() async throws {
        try await CaseworkFixture.run { fixture in
            _ = try await fixture.team(in: "75")
            _ = try await fixture.team(in: "13")
            for round in 0..<5 {
                let household = try await fixture.household(names: "DOUBLE\(round) Test").householdID
                let transfer = { @Sendable (departement: String) in
                    _ = try await TransferService(environment: fixture.environment).transfer(
                        householdID: household,
                        departement: departement,
                        reason: "Proposition de logement",
                        actor: fixture.manager
                    )
                }
                let outcomes = await Self.race({ try await transfer("75") }, { try await transfer("13") })
                try Self.expectOneWinner(outcomes)
                let moves = try await fixture.count("household_transfers", where: "household_id = '\(household)'")
                #expect(moves == 1)
            }
        }
    }

    @Test func twoExitsAtOnceHaveOneWinner() async throws {
        try await CaseworkFixture.run { fixture in
            for round in 0..<5 {
                let household = try await fixture.household(names: "SORTIE\(round) Test").householdID
                let exit = { @Sendable in
                    _ = try await CaseworkService(environment: fixture.environment).recordExit(
                        householdID: household,
                        date: fixture.today.iso,
                        reason: ExitReason.allCases[0].rawValue,
                        housing: HousingSituation.allCases[0].rawValue,
                        activity: "cdi",
                        months: "",
                        actor: fixture.manager
                    )
                }
                let outcomes = await Self.race(exit, exit)
                try Self.expectOneWinner(outcomes)
                #expect(try await fixture.count("exits", where: "household_id = '\(household)'") == 1)
            }
        }
    }

    /// Runs two use cases at the same time and returns how each ended: nil when it succeeded.
    static func race(
        _ first: @escaping @Sendable () async throws -> Void,
        _ second: @escaping @Sendable () async throws -> Void
    ) async -> [DomainError?] {
        await withTaskGroup(of: DomainError?.self) { group in
            for work in [first, second] {
                group.addTask {
                    do {
                        try await work()
                        return nil
                    } catch let error as DomainError {
                        return error
                    } catch {
                        return .conflict("erreur inattendue : \(error)")
                    }
                }
            }
            return await group.reduce(into: [DomainError?]()) { $0.append($1) }
        }
    }

    /// Exactly one of two racing use cases succeeded; the other was refused with a French conflict message starting
    /// with `prefix`.
    static func expectOneWinner(_ outcomes: [DomainError?], prefix: String = "Ce ménage") throws {
        #expect(outcomes.filter { $0 == nil }.count == 1)
        let refusal = try #require(outcomes.compactMap { $0 }.first)
        guard case .conflict(let message) = refusal else {
            Issue.record("refus inattendu : \(refusal)")
            return
        }
        #expect(message.hasPrefix(prefix), "message : \(message)")
    }
}
