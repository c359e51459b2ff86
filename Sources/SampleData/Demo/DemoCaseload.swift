import Domain
import Persistence
import Services

/// The households a demo account follows in support, through the caseload's own query (the demo has a few dozen).
enum DemoCaseload {
    static func inSupport(_ environment: ServiceEnvironment, actor: AccountSummary) async throws -> [HouseholdSummary] {
        var criteria = HouseholdCriteria()
        criteria.mine = actor.role == .referent
        criteria.stage = HouseholdStage.inSupport.rawValue
        return try await HouseholdService(environment: environment).page(
            actor: actor,
            criteria: criteria,
            limit: 500,
            offset: 0
        ).households
    }
}
