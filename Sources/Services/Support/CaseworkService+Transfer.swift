import Domain
import Persistence
import SQLKit

extension CaseworkService {
    /// The caseworkers a manager may hand a household to: the organisation's, working in its département.
    public func caseworkers(householdID: String, actor: AccountSummary) async throws -> [(id: String, name: String)] {
        guard OperatorManagersOnly().admits(actor.role) else { return [] }
        return try await environment.database.read { sql in
            guard let household = try await HouseholdQueries.find(id: householdID, viewer: actor, in: sql) else {
                throw DomainError.notFound
            }
            return try await Self.caseworkers(of: household, actor: actor, in: sql)
        }
    }

    /// The caseworkers a manager may hand this household to, inside the caller's read or transaction.
    static func caseworkers(
        of household: HouseholdSummary,
        actor: AccountSummary,
        in sql: any SQLDatabase
    ) async throws -> [(id: String, name: String)] {
        guard OperatorManagersOnly().admits(actor.role) else { return [] }
        return try await HouseholdQueries.caseworkers(
            organisationID: actor.organisationID,
            departement: household.departement,
            in: sql
        )
    }

    /// Hands a household in support to another caseworker of the operator (managers only); the history stays.
    public func transfer(householdID: String, to caseworkerID: String, actor: AccountSummary) async throws {
        guard OperatorManagersOnly().admits(actor.role) else { throw DomainError.forbidden }
        try await environment.database.write { sql in
            let household = try await WritableHousehold.lock(householdID, actor: actor, in: sql)
            let candidates = try await Self.caseworkers(of: household, actor: actor, in: sql)
            guard let target = candidates.first(where: { $0.id == caseworkerID }),
                caseworkerID != household.caseworkerID
            else {
                var errors = FieldErrors()
                errors.add(
                    "transferTo",
                    "Choisissez un autre référent de l'organisation qui intervient dans ce département."
                )
                throw DomainError.invalid(errors)
            }
            try await HouseholdWriteRecords.reassign(householdID: householdID, caseworkerID: caseworkerID, in: sql)
            try await environment.audit(
                .householdTransferred,
                recordType: "menage",
                id: householdID,
                before: ["referent": household.caseworkerName],
                after: ["referent": target.name],
                actor: actor,
                in: sql
            )
        }
    }
}
