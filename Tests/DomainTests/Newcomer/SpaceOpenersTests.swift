import Domain
import Testing

@Suite("Qui ouvre les espaces personnels et lit les messages")
struct SpaceOpenersTests {
    static func account(
        _ role: Role,
        id: String = "agent",
        organisation: String = "operateur",
        departements: [String] = ["69"]
    )
        -> AccountSummary
    {
        AccountSummary(
            id: id,
            email: "\(id)@exemple.fr",
            displayName: id,
            role: role,
            scope: .departements(departements),
            organisationID: organisation,
            organisationName: organisation
        )
    }

    static let household = SpaceOpeners.Household(
        departement: "69",
        operatorID: "operateur",
        caseworkerID: "camille",
        referringOrganisationID: "ofii-lyon"
    )

    @Test func theCaseworkerAndTheManagersDoEverything() {
        for actor in [Self.account(.referent, id: "camille"), Self.account(.responsable)] {
            let rights = SpaceOpeners.rights(of: actor, on: Self.household)
            #expect(rights.seesAccess && rights.opensAccess && rights.readsMessages && rights.writesForHousehold)
        }
    }

    @Test func anotherCaseworkerOfTheDepartementReadsButNeitherOpensNorAnswers() {
        let rights = SpaceOpeners.rights(of: Self.account(.referent, id: "autre"), on: Self.household)
        #expect(rights.seesAccess && rights.readsMessages)
        #expect(!rights.opensAccess && !rights.writesForHousehold)
        let elsewhere = SpaceOpeners.rights(
            of: Self.account(.referent, id: "autre", departements: ["38"]),
            on: Self.household
        )
        #expect(!elsewhere.seesAccess)
    }

    @Test func theReferringOfiiDirectionOpensAccessButNeverReadsMessages() {
        let rights = SpaceOpeners.rights(of: Self.account(.ofii, organisation: "ofii-lyon"), on: Self.household)
        #expect(rights.seesAccess && rights.opensAccess)
        #expect(!rights.readsMessages && !rights.writesForHousehold)
        #expect(
            !SpaceOpeners.rights(of: Self.account(.ofii, organisation: "ofii-paris"), on: Self.household).seesAccess
        )
    }

    @Test func otherOrganisationsAndRolesHaveNoRight() {
        for role in Role.allCases {
            let rights = SpaceOpeners.rights(of: Self.account(role, organisation: "ailleurs"), on: Self.household)
            #expect(!rights.seesAccess, "\(role)")
        }
        for role in [Role.prefecture, .dreets, .national, .partenaire, .dpo, .admin] {
            #expect(!SpaceOpeners.rights(of: Self.account(role), on: Self.household).seesAccess, "\(role)")
        }
    }

    @Test func onlyTheCaseworkersReadingMarksMessagesRead() {
        #expect(
            SpaceOpeners.readingMarksAsRead(actor: Self.account(.referent, id: "camille"), household: Self.household)
        )
        #expect(!SpaceOpeners.readingMarksAsRead(actor: Self.account(.responsable), household: Self.household))
        #expect(
            !SpaceOpeners.readingMarksAsRead(actor: Self.account(.referent, id: "autre"), household: Self.household)
        )
        let unassigned = SpaceOpeners.Household(
            departement: "69",
            operatorID: "operateur",
            caseworkerID: nil,
            referringOrganisationID: nil
        )
        #expect(SpaceOpeners.readingMarksAsRead(actor: Self.account(.responsable), household: unassigned))
    }

    @Test func onlyTheOwnCaseworkersNameIsShownToThePerson() {
        #expect(AuditDisclosure.showsName(agentAccountID: "camille", householdCaseworkerID: "camille"))
        #expect(!AuditDisclosure.showsName(agentAccountID: "nadia", householdCaseworkerID: "camille"))
        #expect(!AuditDisclosure.showsName(agentAccountID: "nadia", householdCaseworkerID: nil))
        #expect(!AuditDisclosure.showsName(agentAccountID: nil, householdCaseworkerID: "camille"))
    }
}
