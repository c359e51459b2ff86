import Domain
import Foundation
import Persistence

/// Hands a household in support to the AGIR operator of another département (or of the same one, when another
/// operator covers it): the file follows, the history stays, and the receiving manager assigns a caseworker.
public struct TransferService: Sendable {
    let environment: ServiceEnvironment

    public init(environment: ServiceEnvironment) { self.environment = environment }

    /// What a transfer's reason may hold: one line.
    public static let reasonKind = TextKind.line

    /// Transfers the household to the active AGIR operator of `departement`; returns that operator's name.
    @discardableResult
    public func transfer(
        householdID: String,
        departement: String,
        reason: String,
        actor: AccountSummary
    ) async throws -> String {
        guard OperatorManagersOnly().admits(actor.role) else { throw DomainError.forbidden }
        var parsed = FieldErrors()
        let cleanReason = parsed.text(
            reason,
            field: "moveReason",
            kind: Self.reasonKind,
            required: "Indiquez le motif du transfert (déménagement, proposition de logement…)."
        )
        let parseErrors = parsed
        let id = environment.ids.makeIdentifier()
        return try await environment.database.write { sql in
            let household = try await WritableHousehold.lock(householdID, actor: actor, in: sql)
            var errors = parseErrors
            let target = try await HouseholdQueries.operatorFor(departement: departement, in: sql)
            if departement == household.departement {
                errors.add("moveDepartement", "Choisissez un autre département que celui du ménage.")
            } else if target == nil {
                errors.add("moveDepartement", "Aucun opérateur AGIR actif ne couvre ce département.")
            }
            guard errors.isEmpty, let target, let cleanReason else { throw DomainError.invalid(errors) }
            try await TransferRecords.move(
                id: id,
                householdID: householdID,
                // The day the household leaves is the day of the département it leaves.
                day: environment.time.today(inDepartement: household.departement),
                from: (actor.organisationID, household.departement),
                to: (target.id, departement, nil),
                reason: cleanReason,
                accountID: actor.id,
                at: environment.time.now(),
                in: sql
            )
            try await environment.audit(
                .householdMovedOperator,
                recordType: "menage",
                id: householdID,
                before: ["departement": household.departement, "referent": household.caseworkerName],
                after: ["departement": departement, "operateur": target.name, "motif": cleanReason],
                actor: actor,
                in: sql
            )
            return target.name
        }
    }
}
