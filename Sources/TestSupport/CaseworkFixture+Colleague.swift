import Domain
import Services

extension CaseworkFixture {
    /// Another caseworker of the demo operator in the Rhône, signed in: they may open its households' files but write
    /// only in those handed to them.
    public func colleague() async throws -> AccountSummary {
        let email = "collegue-69@test.parcours.test"
        _ = try await AccountService(environment: environment).create(
            AccountInput(
                organisationID: caseworker.organisationID,
                email: email,
                displayName: "Collègue 69",
                role: Role.referent.rawValue,
                scopeKind: TerritorialScope.Kind.departements.rawValue,
                departementCodes: ["69"],
                regionCode: ""
            ),
            password: Self.password,
            actor: nil
        )
        return try await LoginService(environment: environment).login(email: email, password: Self.password).account
    }
}
