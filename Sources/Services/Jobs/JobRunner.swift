import Domain
import Foundation
import Logging
import Persistence

/// Runs scheduled jobs in-process so that, among all the instances of Parcours sharing one database, exactly one runs
/// a given job at a time: a run starts only after its lease is taken by a conditional update in `job_leases`, the
/// lease is renewed while the job runs, and another instance takes over once a lease expires unrenewed (a crashed or
/// frozen instance). See docs/jobs.md.
public final class JobRunner: Sendable {
    let jobs: [ScheduledJob]
    let database: any Database
    let time: any TimeSource
    /// This instance's name in `job_leases.holder`: host name and a random part, unique per process.
    public let holder: String
    let logger: Logger

    public init(
        jobs: [ScheduledJob],
        database: any Database,
        time: any TimeSource,
        holder: String = JobRunner.defaultHolder(),
        logger: Logger
    ) {
        precondition(Set(jobs.map(\.name)).count == jobs.count, "deux tâches planifiées portent le même nom")
        self.jobs = jobs
        self.database = database
        self.time = time
        self.holder = holder
        self.logger = logger
    }

    /// A holder name unique to this process.
    public static func defaultHolder() -> String {
        ProcessInfo.processInfo.hostName + "-" + String(ProcessInfo.processInfo.processIdentifier) + "-"
            + RandomIdentifiers().makeToken(byteCount: 6)
    }

    /// One pass: runs, one after the other, every job that is due and whose lease this instance takes; returns the
    /// names of the jobs it ran. A job's failure is logged and recorded in its lease row, never thrown.
    @discardableResult
    public func runDueJobs() async -> [String] {
        var ran: [String] = []
        for job in jobs {
            if Task.isCancelled { break }
            do {
                if try await run(job) { ran.append(job.name) }
            } catch {
                logger.error(
                    "Tâche planifiée : bail illisible",
                    metadata: ["tâche": "\(job.name)", "erreur": "\(error)"]
                )
            }
        }
        return ran
    }

    /// Runs `job` if its lease can be taken; false when it was not due or another instance holds it.
    func run(_ job: ScheduledJob) async throws -> Bool {
        let start = time.now()
        let taken = try await database.write { sql in
            try await JobLeaseRecords.acquire(
                name: job.name,
                holder: holder,
                now: start,
                expiresAt: start.addingTimeInterval(job.lease.timeInterval),
                in: sql
            )
        }
        guard taken else { return false }
        let failure = await runHoldingLease(job)
        let end = time.now()
        let released = try await database.write { sql in
            try await JobLeaseRecords.finish(
                name: job.name,
                holder: holder,
                now: end,
                nextRunAt: end.addingTimeInterval(job.interval.timeInterval),
                error: failure,
                in: sql
            )
        }
        if let failure {
            logger.error("Tâche planifiée en échec", metadata: ["tâche": "\(job.name)", "erreur": "\(failure)"])
        }
        if !released {
            logger.warning("Tâche planifiée : bail perdu pendant l'exécution", metadata: ["tâche": "\(job.name)"])
        }
        return true
    }

    /// Runs the work while a sibling task renews the lease; if a renewal fails the work is cancelled, because another
    /// instance may now be running it. Returns the failure's description, nil on success.
    private func runHoldingLease(_ job: ScheduledJob) async -> String? {
        await withTaskGroup(of: String?.self) { group in
            group.addTask {
                do {
                    try await job.work()
                    return nil
                } catch {
                    return String(describing: error)
                }
            }
            group.addTask { [self] in
                let every = job.lease / 3
                while !Task.isCancelled {
                    try? await Task.sleep(for: every)
                    if Task.isCancelled { return nil }
                    let kept = try? await database.write { sql in
                        try await JobLeaseRecords.renew(
                            name: job.name,
                            holder: holder,
                            expiresAt: time.now().addingTimeInterval(job.lease.timeInterval),
                            in: sql
                        )
                    }
                    if kept != true { return "bail perdu : une autre instance a repris la tâche" }
                }
                return nil
            }
            // The first task to end decides: the work finished (the renewal loop is stopped) or the lease was lost
            // (the work is cancelled).
            let first = await group.next() ?? nil
            group.cancelAll()
            return first
        }
    }
}
