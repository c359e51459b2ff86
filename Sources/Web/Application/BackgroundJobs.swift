import Domain
import ServiceLifecycle
import Services

/// The scheduled jobs every instance runs in-process, under leases held in the database so that each job runs in
/// exactly one instance at a time (docs/jobs.md): mail delivery and the erasure of events' registrants.
enum BackgroundJobs {
    /// The job runner as a service of the application's lifecycle.
    static func services(_ dependencies: WebDependencies) -> [any Service] {
        let transport: any MailTransport =
            dependencies.config.smtp.map { SMTPTransport(settings: $0, time: dependencies.time) }
            ?? UnconfiguredMailTransport()
        let outbox = MailOutbox(environment: dependencies.services, transport: transport, logger: dependencies.logger)
        let jobs = [
            outbox.job(),
            RegistrationService(environment: dependencies.services).erasureJob(),
        ]
        let runner = JobRunner(
            jobs: jobs,
            database: dependencies.database,
            time: dependencies.time,
            logger: dependencies.logger
        )
        return [JobRunnerService(runner: runner)]
    }
}
