import Domain
import Persistence
import SQLKit

/// Locks the household of a person for a use case about their space, for an agent who may see that space.
enum SpaceHouseholdLock {
    /// The household, locked on PostgreSQL; not found unless the agent sees the person's space.
    static func household(
        personID: String,
        seenBy actor: AccountSummary,
        environment: ServiceEnvironment,
        in sql: any SQLDatabase
    ) async throws -> SpaceHousehold {
        guard
            let household = try await NewcomerAccessRecords.lockHousehold(
                personID: personID,
                in: sql
            ),
            SpaceOpeners.rights(of: actor, on: household.openers).seesAccess
        else { throw DomainError.notFound }
        return household
    }
}
