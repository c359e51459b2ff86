import Domain
import ServiceLifecycle
import Services

/// The scheduled jobs every instance runs in-process, under leases held in the database so that each job runs in
/// exactly one instance at a time (docs/jobs.md): mail delivery and the erasure of events' registrants.
enum BackgroundJobs {
    /// The job runner as a service of the application's lifecycle.
    static func services(_ dependencies: WebDependencies) -> [any Service] {
        var jobs = [RegistrationService(environment: dependencies.services).erasureJob()]
        if let smtp = dependencies.config.smtp {
            let transport = SMTPTransport(settings: smtp, time: dependencies.time)
            let outbox = MailOutbox(
                environment: dependencies.services,
                transport: transport,
                logger: dependencies.logger
            )
            jobs.insert(outbox.job(), at: 0)
        } else {
            // Without a server, trying would only fail, log a warning per message and use up its attempts: the
            // messages wait in the outbox, untouched, until an instance with PARCOURS_SMTP_HOST delivers them.
            dependencies.logger.notice(
                "Aucun serveur SMTP configuré (PARCOURS_SMTP_HOST) : les courriels attendent dans la file d'envoi."
            )
        }
        let runner = JobRunner(
            jobs: jobs,
            database: dependencies.database,
            time: dependencies.time,
            logger: dependencies.logger
        )
        return [JobRunnerService(runner: runner)]
    }
}
