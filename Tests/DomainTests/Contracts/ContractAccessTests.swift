import Domain
import Testing

@Suite("Contrats territoriaux : qui lit, rédige et rend compte")
struct ContractAccessTests {
    static func actor(_ role: Role, _ scope: TerritorialScope, organisation: String = "org") -> AccountSummary {
        AccountSummary(
            id: "a",
            email: "a@exemple.fr",
            displayName: "A",
            role: role,
            scope: scope,
            organisationID: organisation,
            organisationName: "O"
        )
    }

    static let lyon = ContractParties(
        departements: ["69"],
        regionCode: "84",
        signatoryOrganisations: ["metropole"],
        leadOrganisations: ["asso"]
    )

    @Test func thePrefectureDraftsTheContractsOfItsDepartementsOnly() {
        #expect(ContractAccess.canDraft(Self.actor(.prefecture, .departements(["69"])), Self.lyon))
        #expect(ContractAccess.canRead(Self.actor(.prefecture, .departements(["01", "69"])), Self.lyon))
        #expect(!ContractAccess.canRead(Self.actor(.prefecture, .departements(["13"])), Self.lyon))
        #expect(!ContractAccess.canDraft(Self.actor(.dreets, .region("84")), Self.lyon))
    }

    @Test func theRegionReadsItsDepartementsAndTheNationReadsAll() {
        #expect(ContractAccess.canRead(Self.actor(.dreets, .region("84")), Self.lyon))
        #expect(!ContractAccess.canRead(Self.actor(.dreets, .region("93")), Self.lyon))
        #expect(ContractAccess.canRead(Self.actor(.national, .nation), Self.lyon))
    }

    @Test func aPartnerReadsWhatItSignedOrLeadsAndReportsOnItsActions() {
        let metropole = Self.actor(.partenaire, .departements(["69"]), organisation: "metropole")
        let association = Self.actor(.partenaire, .departements(["69"]), organisation: "asso")
        let other = Self.actor(.partenaire, .departements(["69"]), organisation: "autre")
        #expect(ContractAccess.canRead(metropole, Self.lyon))
        #expect(ContractAccess.canRead(association, Self.lyon))
        #expect(!ContractAccess.canRead(other, Self.lyon))
        #expect(ContractAccess.canReport(metropole, Self.lyon, actionLead: "asso"))
        #expect(ContractAccess.canReport(association, Self.lyon, actionLead: "asso"))
        #expect(!ContractAccess.canReport(association, Self.lyon, actionLead: "metropole"))
        #expect(ContractAccess.canWriteAnalysis(metropole, Self.lyon))
        #expect(!ContractAccess.canWriteAnalysis(association, Self.lyon))
        #expect(!ContractAccess.canDraft(metropole, Self.lyon))
    }

    @Test func rolesWithNamedDataButNoPartInContractsReadNone() {
        for role in [Role.referent, .responsable, .ofii, .dpo, .admin] {
            #expect(!ContractAccess.canRead(Self.actor(role, .departements(["69"])), Self.lyon))
        }
    }
}
