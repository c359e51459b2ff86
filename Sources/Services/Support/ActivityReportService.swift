import Domain
import Persistence

/// The operator's monthly activity report: counts by stage, delays, exits by reason.
public struct ActivityReportService: Sendable {
    let environment: ServiceEnvironment

    public init(environment: ServiceEnvironment) { self.environment = environment }

    /// The report of one month for the actor's organisation.
    public func report(month: String, actor: AccountSummary) async throws -> MonthlyActivity {
        guard OperatorManagersOnly().admits(actor.role) else { throw DomainError.forbidden }
        guard var activity = MonthlyActivity(month: month) else {
            var errors = FieldErrors()
            errors.add("mois", "Choisissez un mois au format AAAA-MM, par exemple 2026-11.")
            throw DomainError.invalid(errors)
        }
        let end = activity.last
        let facts = try await environment.database.read { sql in
            try await ActivityReportQueries.facts(organisationID: actor.organisationID, until: end, in: sql)
        }
        activity.count(
            referrals: facts.referrals.map {
                .init(
                    referralDate: $0.referralDate,
                    accepted: $0.status == .pending ? nil : $0.status == .accepted,
                    decidedOn: $0.decidedOn
                )
            },
            households: facts.households.compactMap { household in
                household.welcomeInterview.map {
                    .init(
                        referralDate: household.referralDate,
                        cirSignatureDate: household.cirSignatureDate,
                        welcomeInterview: $0,
                        contractSigned: household.contractSigned,
                        exitDay: household.exitDay,
                        exitReason: household.exitReason,
                        positiveExit: household.positiveExit ?? false
                    )
                }
            },
            contactDays: facts.contactDays
        )
        return activity
    }

    /// The same report as a file leaving Parcours: the export is audited.
    public func export(month: String, actor: AccountSummary) async throws -> MonthlyActivity {
        let activity = try await report(month: month, actor: actor)
        try await environment.database.write { sql in
            let entry = AuditEntry(
                actor: actor,
                action: AuditAction.activityReportExported.rawValue,
                recordType: "rapport_mensuel",
                recordID: activity.month
            )
            try await environment.appendAudit(entry, in: sql)
        }
        return activity
    }
}
