import Testing

@testable import Domain

@Suite("Saisie d'un compte")
struct AccountInputTests {
    let operatorOrg = Organisation(
        id: "op",
        name: "Opérateur",
        kind: .agirOperator,
        siret: nil,
        rna: nil,
        departementCodes: ["69", "01"],
        active: true
    )
    let departements: Set<String> = ["69", "01", "42"]
    let regions: Set<String> = ["84"]

    func input(
        role: String,
        scope: String = "departements",
        codes: [String] = ["69"],
        region: String = ""
    ) -> AccountInput {
        AccountInput(
            organisationID: "op",
            email: "Nouvelle@Exemple.fr",
            displayName: "Nouvelle Personne",
            role: role,
            scopeKind: scope,
            departementCodes: codes,
            regionCode: region
        )
    }

    @Test func aCaseworkerInItsOperatorsDepartementIsValid() throws {
        let valid = try input(role: "referent").validate(
            organisation: operatorOrg,
            knownDepartements: departements,
            knownRegions: regions
        ).get()
        #expect(valid.email == "nouvelle@exemple.fr")
        #expect(valid.scope == .departements(["69"]))
    }

    @Test func aDepartementOutsideTheOrganisationIsRefused() {
        let result = input(role: "referent", codes: ["42"]).validate(
            organisation: operatorOrg,
            knownDepartements: departements,
            knownRegions: regions
        )
        guard case .failure(let errors) = result else {
            Issue.record("accepted")
            return
        }
        #expect(errors["departements"] == "L'organisation n'intervient pas dans le département 42.")
    }

    @Test func aRoleFromAnotherKindOfOrganisationIsRefused() {
        let result = input(role: "prefecture").validate(
            organisation: operatorOrg,
            knownDepartements: departements,
            knownRegions: regions
        )
        guard case .failure(let errors) = result else {
            Issue.record("accepted")
            return
        }
        #expect(errors["role"]?.contains("n'existe pas dans une organisation") == true)
    }

    @Test func aCaseworkerCannotHaveTheNationAsScope() {
        let result = input(role: "referent", scope: "nation").validate(
            organisation: operatorOrg,
            knownDepartements: departements,
            knownRegions: regions
        )
        guard case .failure(let errors) = result else {
            Issue.record("accepted")
            return
        }
        #expect(errors["scopeKind"] != nil)
    }

    @Test func aDeactivatedOrganisationTakesNoNewAccount() {
        let closed = Organisation(
            id: "op",
            name: "X",
            kind: .agirOperator,
            siret: nil,
            rna: nil,
            departementCodes: [],
            active: false
        )
        let result = input(role: "referent").validate(
            organisation: closed,
            knownDepartements: departements,
            knownRegions: regions
        )
        guard case .failure(let errors) = result else {
            Issue.record("accepted")
            return
        }
        #expect(errors["organisationID"]?.contains("désactivée") == true)
    }
}
