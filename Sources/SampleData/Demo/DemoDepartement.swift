import Domain
import Foundation
import Persistence
import Services

/// Loads the demo département (Rhône, 69): its organisations and one account per role.
public struct DemoDepartement: Sendable {
    /// The one password every demo account shares; printed by `parcours demo`.
    public static let password = "parcours-demo-2026"
    /// The domain of demo logins: `ROLE@demo.parcours.test`.
    public static let emailDomain = "demo.parcours.test"

    let environment: ServiceEnvironment

    public init(environment: ServiceEnvironment) { self.environment = environment }

    /// The login of the association's partner account, which applies for subsidies (docs/funding.md).
    public static let associationEmail = "association@\(emailDomain)"

    /// The login of the demo account with this role.
    public static func email(for role: Role) -> String { "\(role.rawValue)@\(emailDomain)" }

    /// Writes the demo organisations and accounts in one transaction; does nothing if they are already there.
    @discardableResult
    public func load() async throws -> Bool {
        let now = environment.time.now()
        let hasher = PasswordHasher(cost: environment.security.bcryptCost)
        let passwordHash = try await hasher.hash(Self.password)
        return try await environment.database.write { sql in
            if try await AccountRecords.credentials(email: Self.email(for: .referent), in: sql) != nil { return false }
            var organisationIDs: [OrganisationKind: String] = [:]
            for organisation in Self.organisations {
                let id = environment.ids.makeIdentifier()
                organisationIDs[organisation.kind] = id
                try await OrganisationRecords.insert(
                    NewOrganisation(
                        id: id,
                        name: organisation.name,
                        kind: organisation.kind,
                        siret: nil,
                        rna: nil,
                        departementCodes: organisation.departements
                    ),
                    at: now,
                    in: sql
                )
            }
            let entry = AuditEntry(
                actor: nil,
                action: AuditAction.demoLoaded.rawValue,
                recordType: "departement",
                recordID: "69"
            )
            try await environment.appendAudit(entry, at: now, in: sql)
            for person in Self.accounts {
                guard let organisationID = organisationIDs[person.organisation] else { continue }
                try await AccountRecords.insert(
                    NewAccount(
                        id: environment.ids.makeIdentifier(),
                        organisationID: organisationID,
                        email: Self.email(for: person.role),
                        displayName: person.name,
                        role: person.role,
                        scope: person.scope,
                        passwordHash: passwordHash
                    ),
                    at: now,
                    in: sql
                )
            }
            if let association = organisationIDs[.association] {
                try await AccountRecords.insert(
                    NewAccount(
                        id: environment.ids.makeIdentifier(),
                        organisationID: association,
                        email: Self.associationEmail,
                        displayName: "Inès Moreau",
                        role: .partenaire,
                        scope: .departements(["69"]),
                        passwordHash: passwordHash
                    ),
                    at: now,
                    in: sql
                )
            }
            return true
        }
    }

    static let organisations: [(kind: OrganisationKind, name: String, departements: [String])] = [
        (.agirOperator, "Accueil et Parcours Rhône (démo)", ["69"]),
        (.ofiiDirection, "Direction territoriale de l'OFII à Lyon (démo)", ["69"]),
        (.prefecture, "Préfecture du Rhône – DDETS (démo)", ["69"]),
        (.dreets, "DREETS Auvergne-Rhône-Alpes (démo)", []),
        (.ministry, "Ministère de l'Intérieur – DGEF (démo)", []),
        (.association, "Association Entraide Rhône (démo)", ["69"]),
        (.trainingProvider, "Langues et Avenir Formation (démo)", ["69"]),
        (.localAuthority, "Ville de Villeurbanne (démo)", ["69"]),
    ]

    static let accounts: [(role: Role, name: String, organisation: OrganisationKind, scope: TerritorialScope)] = [
        (.referent, "Camille Martin", .agirOperator, .departements(["69"])),
        (.responsable, "Nadia Benali", .agirOperator, .departements(["69"])),
        (.ofii, "Julien Robert", .ofiiDirection, .departements(["69"])),
        (.prefecture, "Sophie Bernard", .prefecture, .departements(["69"])),
        (.dreets, "Karim Haddad", .dreets, .region("84")),
        (.national, "Claire Dubois", .ministry, .nation),
        (.partenaire, "Thomas Petit", .trainingProvider, .departements(["69"])),
        (.dpo, "Élodie Garnier", .agirOperator, .departements(["69"])),
        (.admin, "Marc Lefèvre", .ministry, .nation),
    ]
}
