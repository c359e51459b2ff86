import Domain
import Foundation
import Logging
import Persistence
import Services
import Synchronization
import TestSupport
import Testing

@Suite("Tâches planifiées : un bail en base, une seule instance à la fois")
struct JobRunnerTests {
    /// Counts the runs of a job across runners.
    final class Counter: Sendable {
        let value = Atomic<Int>(0)
        func increment() { value.add(1, ordering: .relaxed) }
        var count: Int { value.load(ordering: .relaxed) }
    }

    static func runner(
        _ name: String,
        _ jobs: [ScheduledJob],
        _ database: any Database,
        _ time: MutableTime
    )
        -> JobRunner
    {
        JobRunner(jobs: jobs, database: database, time: time, holder: name, logger: Logger(label: "test"))
    }

    @Test func twoRunnersOnOneDatabaseRunADueJobOnceThenWaitForItsInterval() async throws {
        try await TestDatabase.with { database in
            let time = MutableTime(TestClock.now)
            let counter = Counter()
            let job = ScheduledJob(name: "test.compteur", interval: .seconds(600)) { counter.increment() }
            let first = Self.runner("instance-a", [job], database, time)
            let second = Self.runner("instance-b", [job], database, time)
            async let a = first.runDueJobs()
            async let b = second.runDueJobs()
            let ran = await [a, b]
            #expect(counter.count == 1)
            #expect(ran.flatMap { $0 } == ["test.compteur"])
            // Not due again before its interval has passed, whoever asks.
            #expect(await first.runDueJobs().isEmpty)
            #expect(await second.runDueJobs().isEmpty)
            time.advance(by: 601)
            async let c = first.runDueJobs()
            async let d = second.runDueJobs()
            _ = await (c, d)
            #expect(counter.count == 2)
            let lease = try await database.read { try await JobLeaseRecords.all(in: $0) }.first
            #expect(lease?.holder == nil)
            #expect(lease?.nextRunAt == TestClock.now.addingTimeInterval(601 + 600))
        }
    }

    @Test func aLeaseHeldByAnotherInstanceIsRespectedUntilItExpiresThenTakenOver() async throws {
        try await TestDatabase.with { database in
            let time = MutableTime(TestClock.now)
            let counter = Counter()
            let job = ScheduledJob(name: "test.reprise", interval: .seconds(60), lease: .seconds(120)) {
                counter.increment()
            }
            // Instance A takes the lease and dies without giving it back.
            let taken = try await database.write { sql in
                try await JobLeaseRecords.acquire(
                    name: "test.reprise",
                    holder: "instance-a",
                    now: time.now(),
                    expiresAt: time.now().addingTimeInterval(120),
                    in: sql
                )
            }
            #expect(taken)
            let survivor = Self.runner("instance-b", [job], database, time)
            #expect(await survivor.runDueJobs().isEmpty)
            time.advance(by: 119)
            #expect(await survivor.runDueJobs().isEmpty)
            time.advance(by: 1)
            #expect(await survivor.runDueJobs() == ["test.reprise"])
            #expect(counter.count == 1)
            // The dead instance, were it to wake up, no longer holds anything.
            let renewed = try await database.write { sql in
                try await JobLeaseRecords.renew(
                    name: "test.reprise",
                    holder: "instance-a",
                    expiresAt: time.now().addingTimeInterval(120),
                    in: sql
                )
            }
            #expect(!renewed)
        }
    }

    @Test func aFailedRunIsRecordedAndTheJobIsDueAgainAfterItsInterval() async throws {
        struct Failure: Error {}
        try await TestDatabase.with { database in
            let time = MutableTime(TestClock.now)
            let job = ScheduledJob(name: "test.echec", interval: .seconds(30)) { throw Failure() }
            let runner = Self.runner("instance-a", [job], database, time)
            #expect(await runner.runDueJobs() == ["test.echec"])
            let lease = try await database.read { try await JobLeaseRecords.all(in: $0) }.first
            #expect(lease?.lastError?.contains("Failure") == true)
            #expect(lease?.holder == nil)
            time.advance(by: 30)
            #expect(await runner.runDueJobs() == ["test.echec"])
        }
    }

    @Test func whileOneInstanceRunsAJobTheOtherSkipsIt() async throws {
        try await TestDatabase.with { database in
            let time = MutableTime(TestClock.now)
            let (started, startedContinuation) = AsyncStream<Void>.makeStream()
            let (release, releaseContinuation) = AsyncStream<Void>.makeStream()
            let counter = Counter()
            let job = ScheduledJob(name: "test.long", interval: .seconds(60)) {
                counter.increment()
                startedContinuation.yield()
                for await _ in release { break }
            }
            let first = Self.runner("instance-a", [job], database, time)
            let second = Self.runner("instance-b", [job], database, time)
            async let running = first.runDueJobs()
            for await _ in started { break }
            #expect(await second.runDueJobs().isEmpty)
            releaseContinuation.yield()
            #expect(await running == ["test.long"])
            #expect(counter.count == 1)
        }
    }
}
