import Testing

@testable import Domain

@Suite("Rôles, périmètres et adresses e-mail")
struct AccountsTests {
    @Test func thereAreNineRolesWithDemoSlugs() {
        #expect(
            Role.allCases.map(\.rawValue) == [
                "referent", "responsable", "ofii", "prefecture", "dreets", "national", "partenaire", "dpo", "admin",
            ]
        )
    }

    @Test func onlyCaseworkersManagersOfiiAndPartnersSeeNamedData() {
        let named = Role.allCases.filter(\.seesNamedPersonalData)
        #expect(named == [.referent, .responsable, .ofii, .partenaire])
    }

    @Test(arguments: [
        TerritorialScope.nation, .region("84"), .departements(["69"]), .departements(["69", "01"]),
    ])
    func scopesSurviveStorage(scope: TerritorialScope) {
        #expect(TerritorialScope(storedValue: scope.storedValue) == scope)
    }

    @Test(arguments: ["", "dep:", "reg:", "monde"])
    func malformedScopesAreRefused(stored: String) {
        #expect(TerritorialScope(storedValue: stored) == nil)
    }

    @Test func emailsAreTrimmedAndLowerCased() {
        #expect(EmailAddress.normalise("  Referent@Demo.Parcours.Test ") == "referent@demo.parcours.test")
    }

    @Test(arguments: ["", "sans-arobase", "a@b", "@exemple.fr", "a@.fr", "a b@exemple.fr", "a@@exemple.fr"])
    func invalidEmailsAreRefused(raw: String) {
        #expect(EmailAddress.normalise(raw) == nil)
    }

    @Test func fieldErrorsKeepOrderAndFirstMessagePerField() {
        var errors = FieldErrors()
        errors.add("email", "premier")
        errors.add("password", "second")
        errors.add("email", "troisième")
        #expect(errors["email"] == "premier")
        #expect(errors.messages.map(\.field) == ["email", "password", "email"])
        #expect(!errors.isEmpty)
    }
}
