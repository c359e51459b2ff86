import Domain
import Foundation
import Persistence
import Services

/// The local authority of the demo: the Métropole de Lyon, with a partner account that follows the contract it
/// signed (`collectivite@demo.parcours.test`, the demo password).
public struct DemoLocalAuthority: Sendable {
    /// The login of the local authority's account.
    public static let email = "collectivite@\(DemoDepartement.emailDomain)"
    /// The organisation's name, and the Métropole de Lyon's SIREN (public, INSEE SIRENE; as in the QPV reference list).
    static let name = "Métropole de Lyon (démo)"
    static let siren = "200046977"

    let environment: ServiceEnvironment

    public init(environment: ServiceEnvironment) { self.environment = environment }

    /// Writes the organisation and its account in one audited transaction; does nothing if the account exists.
    @discardableResult
    public func load() async throws -> Bool {
        let now = environment.time.now()
        let passwordHash = try await PasswordHasher(cost: environment.security.bcryptCost).hash(
            DemoDepartement.password
        )
        return try await environment.database.write { sql in
            if try await AccountRecords.credentials(email: Self.email, in: sql) != nil { return false }
            let organisationID = environment.ids.makeIdentifier()
            try await OrganisationRecords.insert(
                NewOrganisation(
                    id: organisationID,
                    name: Self.name,
                    kind: .localAuthority,
                    siret: nil,
                    rna: nil,
                    departementCodes: ["69"]
                ),
                at: now,
                in: sql
            )
            try await AccountRecords.insert(
                NewAccount(
                    id: environment.ids.makeIdentifier(),
                    organisationID: organisationID,
                    email: Self.email,
                    displayName: "Inès Moreau",
                    role: .partenaire,
                    scope: .departements(["69"]),
                    passwordHash: passwordHash
                ),
                at: now,
                in: sql
            )
            let entry = AuditEntry(
                actor: nil,
                action: AuditAction.demoLoaded.rawValue,
                recordType: "organisation",
                recordID: organisationID
            )
            try await environment.appendAudit(entry, at: now, in: sql)
            return true
        }
    }

    /// The local authority's account.
    func account() async throws -> AccountSummary? {
        try await environment.database.read { try await AccountRecords.credentials(email: Self.email, in: $0)?.account }
    }
}
