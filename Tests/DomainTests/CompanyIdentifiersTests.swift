import Testing

@testable import Domain

@Suite("SIRET et RNA")
struct CompanyIdentifiersTests {
    @Test(arguments: ["73282932000074", "732 829 320 00074", "35600000000001"])
    func validSiretsPass(siret: String) throws {
        #expect(try CompanyIdentifiers.validateSiret(siret).get() == siret.filter { !$0.isWhitespace })
    }

    @Test func aSiretWithOneWrongDigitFailsItsCheckKey() {
        guard case .failure(let message) = CompanyIdentifiers.validateSiret("73282932000075") else {
            Issue.record("accepted")
            return
        }
        #expect(message.text.contains("clé de contrôle"))
    }

    @Test(arguments: ["7328293200007", "732829320000741", "7328293200007A", ""])
    func siretsWithoutFourteenDigitsAreRefused(siret: String) {
        guard case .failure(let message) = CompanyIdentifiers.validateSiret(siret) else {
            Issue.record("accepted")
            return
        }
        #expect(message.text.contains("14 chiffres"))
    }

    /// INSEE's vectors (validinsee): Luhn on the 14 digits and on the SIREN; La Poste's digit sum only after Luhn fails.
    @Test func siretFollowsInseeRulesIncludingLaPoste() {
        let valid = ["20003452800014", "73282932000074", "35600000000048", "35600000010000"]
        // 200 034 582 is not a valid SIREN although 200 034 582 00003 passes Luhn over 14 digits.
        let invalid = ["20003452800041", "35600000010001", "20003458200003"]
        for siret in valid { #expect((try? CompanyIdentifiers.validateSiret(siret).get()) == siret, "\(siret)") }
        for siret in invalid { #expect((try? CompanyIdentifiers.validateSiret(siret).get()) == nil, "\(siret)") }
    }

    @Test func rnaIsWFollowedByNineDigits() throws {
        #expect(try CompanyIdentifiers.validateRNA(" w691234567 ").get() == "W691234567")
        for bad in ["691234567", "W69123456", "W6912345678", "X691234567", "W69123456A"] {
            #expect(throws: FieldMessage.self) { try CompanyIdentifiers.validateRNA(bad).get() }
        }
    }

    @Test func organisationInputReportsEveryFieldAtOnce() {
        let input = OrganisationInput(name: " ", kind: "inconnu", siret: "123", rna: "X", departementCodes: ["99"])
        guard case .failure(let errors) = input.validate(knownDepartements: ["69"]) else {
            Issue.record("accepted")
            return
        }
        #expect(errors.messages.map(\.field) == ["name", "kind", "siret", "rna", "departements"])
    }

    @Test func auditChangesMaskPersonalValuesAndKeepOnlyDifferences() {
        let changes = AuditChange.diff(
            before: ["nom": "Camille Martin", "role": "referent", "actif": "oui"],
            after: ["nom": "Camille Durand", "role": "referent", "actif": "non"],
            personalFields: ["nom"]
        )
        #expect(
            changes == [
                AuditChange("actif", before: "oui", after: "non"),
                AuditChange("nom", before: AuditChange.masked, after: AuditChange.masked),
            ]
        )
    }
}
