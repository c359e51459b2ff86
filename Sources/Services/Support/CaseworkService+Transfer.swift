import Domain
import Persistence

extension CaseworkService {
    /// The caseworkers a manager may hand a household to: the organisation's, working in its département.
    public func caseworkers(householdID: String, actor: AccountSummary) async throws -> [(id: String, name: String)] {
        guard OperatorManagersOnly().admits(actor.role) else { return [] }
        guard
            let household = try await environment.database.read({
                try await HouseholdQueries.find(id: householdID, viewer: actor, in: $0)
            })
        else { throw DomainError.notFound }
        return try await environment.database.read { sql in
            try await HouseholdQueries.caseworkers(
                organisationID: actor.organisationID,
                departement: household.departement,
                in: sql
            )
        }
    }

    /// Hands a household in support to another caseworker of the operator (managers only); the history stays.
    public func transfer(householdID: String, to caseworkerID: String, actor: AccountSummary) async throws {
        guard OperatorManagersOnly().admits(actor.role) else { throw DomainError.forbidden }
        let household = try await writable(householdID, actor: actor)
        let candidates = try await caseworkers(householdID: householdID, actor: actor)
        guard let target = candidates.first(where: { $0.id == caseworkerID }), caseworkerID != household.caseworkerID
        else {
            var errors = FieldErrors()
            errors.add(
                "transferTo",
                "Choisissez un autre référent de l'organisation qui intervient dans ce département."
            )
            throw DomainError.invalid(errors)
        }
        try await environment.database.write { sql in
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
