import Domain
import Persistence
import SQLKit

/// The first step of every use case that writes in a household file, inside its transaction: the household is read
/// (and its row locked on PostgreSQL) in the actor's reach, and the one write rule of Domain is applied to it.
enum WritableHousehold {
    /// The household, locked until the transaction ends, if the actor may write in it now.
    static func lock(
        _ householdID: String,
        actor: AccountSummary,
        in sql: any SQLDatabase
    ) async throws
        -> HouseholdSummary
    {
        guard OperatorStaff().admits(actor.role) else { throw DomainError.forbidden }
        guard
            let household = try await HouseholdQueries.find(id: householdID, viewer: actor, locking: true, in: sql)
        else {
            // A household another request just handed to another operator: say so rather than "not found".
            if try await TransferRecords.wasTransferred(householdID: householdID, from: actor.organisationID, in: sql) {
                throw DomainError.conflict(
                    "Ce ménage vient d'être transféré à un autre opérateur : son dossier ne se modifie plus ici."
                )
            }
            throw DomainError.notFound
        }
        try HouseholdWriteRule.check(actor, caseworkerID: household.caseworkerID, stage: household.stage)
        return household
    }
}
