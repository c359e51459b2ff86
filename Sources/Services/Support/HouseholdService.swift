import Domain
import Foundation
import Persistence

/// Caseloads and household files; opening a file is recorded in the audit log, one event listing its members.
public struct HouseholdService: Sendable {
    let environment: ServiceEnvironment

    public init(environment: ServiceEnvironment) { self.environment = environment }

    /// One page of the households the actor may open that meet the criteria, with how many meet them in all.
    public func page(
        actor: AccountSummary,
        criteria: HouseholdCriteria,
        limit: Int,
        offset: Int
    ) async throws -> (households: [HouseholdSummary], total: Int) {
        guard OperatorStaff().admits(actor.role) else { throw DomainError.forbidden }
        return try await environment.database.read {
            try await HouseholdQueries.page(viewer: actor, criteria: criteria, limit: limit, offset: offset, in: $0)
        }
    }

    /// Households in support per caseworker, for managers balancing caseloads (empty for anyone else).
    public func caseloads(actor: AccountSummary) async throws -> [CaseloadCount] {
        guard OperatorManagersOnly().admits(actor.role) else { return [] }
        return try await environment.database.read { try await HouseholdQueries.caseloadCounts(viewer: actor, in: $0) }
    }
}
