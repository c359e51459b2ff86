import Foundation

/// A named piece of scheduled work: what it does, how long after a run it is due again, and how long a lease on it
/// lasts before another instance may take it over.
public struct ScheduledJob: Sendable {
    /// The job's name, unique among jobs: the key of its lease ("mail.envoi", "semaine.effacement-inscrits"…).
    public let name: String
    /// The time between the end of one run and the start of the next.
    public let interval: Duration
    /// How long a lease lasts without renewal; the runner renews it every third of this while the job runs.
    public let lease: Duration
    /// The work itself; it should return promptly when its task is cancelled (the lease was lost or the server stops).
    public let work: @Sendable () async throws -> Void

    public init(
        name: String,
        interval: Duration,
        lease: Duration = .seconds(120),
        work: @escaping @Sendable () async throws -> Void
    ) {
        self.name = name
        self.interval = interval
        self.lease = lease
        self.work = work
    }
}
