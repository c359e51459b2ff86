import Domain
import Foundation
import Persistence

/// What the home page says about funding: for an agent, the overdue financial reports of its territory and the
/// applications awaiting a decision; for an association, the reports it owes.
public struct FundingDigest: Sendable {
    /// An overdue or due report, named by its grant.
    public struct Report: Sendable {
        public let applicationID: String
        public let number: String
        public let organisationName: String
        public let due: CalendarDay
        public let overdue: Bool
    }

    public let reports: [Report]
    /// Applications submitted or scored, awaiting the committee (agents only).
    public let awaitingDecision: Int

    /// The digest of the actor's role; nil for roles without funding work.
    public static func load(environment: ServiceEnvironment, actor: AccountSummary) async throws -> FundingDigest? {
        switch actor.role {
        case .prefecture, .dreets, .national:
            let service = FundingSteeringService(environment: environment)
            // An agent without a territory (no département in its scope) has no credits to follow.
            guard let home = try? service.home(actor: actor) else { return nil }
            let steering = try await service.steering(scope: home, year: nil, actor: actor)
            let awaiting = try await environment.database.read { sql in
                switch steering.scope {
                case .nation:
                    try await FundingDigestQueries.awaitingDecision(regionCode: nil, departementCode: nil, in: sql)
                case .region(let code):
                    try await FundingDigestQueries.awaitingDecision(regionCode: code, departementCode: nil, in: sql)
                case .departement(let code):
                    try await FundingDigestQueries.awaitingDecision(regionCode: nil, departementCode: code, in: sql)
                }
            }
            return FundingDigest(
                reports: steering.overdue.map {
                    Report(
                        applicationID: $0.grant.applicationID,
                        number: $0.grant.number,
                        organisationName: $0.grant.organisationName,
                        due: $0.year.reportDue,
                        overdue: true
                    )
                },
                awaitingDecision: actor.role == .national ? 0 : awaiting
            )
        case .partenaire:
            guard let overview = try? await FundingApplicationService(environment: environment).overview(actor: actor)
            else { return nil }
            let reports = overview.files.flatMap { file in
                file.reportStatuses.filter { $0.status.blocksNewApplication }.map {
                    Report(
                        applicationID: file.application.id,
                        number: file.application.number ?? "",
                        organisationName: overview.organisation.name,
                        due: $0.year.reportDue,
                        overdue: $0.status == .overdue
                    )
                }
            }
            return FundingDigest(reports: reports, awaitingDecision: 0)
        default:
            return nil
        }
    }
}
