import Domain
import Foundation
import Persistence

/// Hands a household in support to the AGIR operator of another département (or of the same one, when another
/// operator covers it): the file follows, the history stays, and the receiving manager assigns a caseworker.
public struct TransferService: Sendable {
    let environment: ServiceEnvironment

    public init(environment: ServiceEnvironment) { self.environment = environment }

    /// The longest reason a transfer may carry.
    public static let maximumReasonLength = 300

    /// Transfers the household to the active AGIR operator of `departement`; returns that operator's name.
    @discardableResult
    public func transfer(
        householdID: String,
        departement: String,
        reason: String,
        actor: AccountSummary
    ) async throws -> String {
        guard OperatorManagersOnly().admits(actor.role) else { throw DomainError.forbidden }
        let casework = CaseworkService(environment: environment)
        let household = try await casework.writable(householdID, actor: actor)
        var errors = FieldErrors()
        let target = try await environment.database.read { sql in
            try await HouseholdQueries.operatorFor(departement: departement, in: sql)
        }
        if departement == household.departement {
            errors.add("moveDepartement", "Choisissez un autre département que celui du ménage.")
        } else if target == nil {
            errors.add("moveDepartement", "Aucun opérateur AGIR actif ne couvre ce département.")
        }
        let trimmed = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.isEmpty {
            errors.add("moveReason", "Indiquez le motif du transfert (déménagement, proposition de logement…).")
        } else if trimmed.count > Self.maximumReasonLength {
            errors.add("moveReason", "Le motif ne doit pas dépasser \(Self.maximumReasonLength) caractères.")
        }
        guard errors.isEmpty, let target else { throw DomainError.invalid(errors) }
        let id = environment.ids.makeIdentifier()
        try await environment.database.write { sql in
            try await TransferRecords.move(
                id: id,
                householdID: householdID,
                day: casework.today,
                from: (actor.organisationID, household.departement),
                to: (target.id, departement, nil),
                reason: trimmed,
                accountID: actor.id,
                at: environment.time.now(),
                in: sql
            )
            try await environment.audit(
                .householdMovedOperator,
                recordType: "menage",
                id: householdID,
                before: ["departement": household.departement, "referent": household.caseworkerName],
                after: ["departement": departement, "operateur": target.name, "motif": trimmed],
                actor: actor,
                in: sql
            )
        }
        return target.name
    }
}
