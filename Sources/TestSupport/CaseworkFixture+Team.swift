import Domain
import Services

extension CaseworkFixture {
    /// The accounts that refer, accept and follow households in one département.
    public struct Team: Sendable {
        public let departement: String
        public let ofii: AccountSummary
        public let manager: AccountSummary
        public let caseworker: AccountSummary
        /// The caseworker's login, for tests that go through the browser.
        public let caseworkerEmail: String
    }

    /// The password of every account a fixture creates.
    public static let password = "mot-de-passe-de-test-2026"

    /// The demo accounts of the Rhône.
    public var demoTeam: Team {
        Team(
            departement: "69",
            ofii: ofii,
            manager: manager,
            caseworker: caseworker,
            caseworkerEmail: caseworker.email
        )
    }

    /// A new AGIR operator covering `departement` (and `alsoCovering`), with an OFII direction of `departement`, a
    /// manager of the whole operator and a caseworker working in `departement` only.
    public func team(
        in departement: String,
        alsoCovering others: [String] = [],
        operatorName: String? = nil
    ) async throws -> Team {
        let organisations = OrganisationService(environment: environment)
        let operatorID = try await organisations.create(
            OrganisationInput(
                name: operatorName ?? "Opérateur AGIR \(departement) (test)",
                kind: OrganisationKind.agirOperator.rawValue,
                siret: "",
                rna: "",
                departementCodes: [departement] + others
            ),
            actor: nil
        )
        let ofiiID = try await organisations.create(
            OrganisationInput(
                name: "OFII \(departement) (test)",
                kind: OrganisationKind.ofiiDirection.rawValue,
                siret: "",
                rna: "",
                departementCodes: [departement]
            ),
            actor: nil
        )
        let accounts = AccountService(environment: environment)
        var signedIn: [Role: AccountSummary] = [:]
        for (role, organisation) in [(Role.ofii, ofiiID), (.responsable, operatorID), (.referent, operatorID)] {
            let email = "\(role.rawValue)-\(departement.lowercased())@test.parcours.test"
            _ = try await accounts.create(
                AccountInput(
                    organisationID: organisation,
                    email: email,
                    displayName: "\(role.label) \(departement)",
                    role: role.rawValue,
                    scopeKind: TerritorialScope.Kind.departements.rawValue,
                    departementCodes: [departement],
                    regionCode: ""
                ),
                password: Self.password,
                actor: nil
            )
            signedIn[role] = try await LoginService(environment: environment).login(
                email: email,
                password: Self.password
            ).account
        }
        guard let ofii = signedIn[.ofii], let manager = signedIn[.responsable], let caseworker = signedIn[.referent]
        else { throw FixtureError("équipe incomplète") }
        return Team(
            departement: departement,
            ofii: ofii,
            manager: manager,
            caseworker: caseworker,
            caseworkerEmail: caseworker.email
        )
    }
}
