import Domain
import Foundation
import Persistence
import Services
import TestSupport
import Testing

@Suite("Coordonnées, identifiants, titres de séjour et fusion de fiches")
struct PersonDetailsTests {
    /// Amina's file, and her person identifier.
    static func file(_ browser: Browser) async throws -> (path: String, person: String) {
        let path = try await CaseworkFlowTests.assignedHousehold(browser)
        let page = try await browser.get(path)
        let person = try #require(page.text.firstMatch(of: /personne=([^"#&]+)#identite/)?.1)
        return (path, String(person))
    }

    static let details: [(String, String)] = [
        ("languages", "dari, anglais"), ("phone", "06 12 34 56 78"), ("email", "amina@exemple.fr"),
        ("ofiiDirection", "OFII Lyon"), ("ofpraNumber", "12-34-56789"), ("cafNumber", "1234567"),
        ("franceTravailID", "1234567A"), ("socialSecurityNumber", ""),
    ]

    @Test func detailsAreCheckedPerFieldThenSaved() async throws {
        try await TestApp.run { browser, app in
            let (path, person) = try await Self.file(browser)
            let form = try await browser.get(path + "?personne=" + person)
            #expect(form.text.contains("Coordonnées et identifiants de AHMADZAI Amina"))
            let bad = try await browser.post(
                path + "/personnes",
                form: [("personID", person), ("cafNumber", "12"), ("phone", "12"), ("socialSecurityNumber", "1")]
            )
            #expect(bad.status == .unprocessableContent)
            #expect(bad.text.contains("Le numéro allocataire CAF doit comporter 7 chiffres."))
            #expect(bad.text.contains("Saisissez un numéro de téléphone français à 10 chiffres"))
            // The form stays open on the same person after an error.
            #expect(bad.text.contains("Coordonnées et identifiants de AHMADZAI Amina"))
            let saved = try await browser.post(path + "/personnes", form: [("personID", person)] + Self.details)
            #expect(saved.location == path)
            let page = try await browser.get(path)
            #expect(page.text.contains("0612345678 · amina@exemple.fr"))
            #expect(page.text.contains("OFPRA 123456789 · CAF 1234567 · France Travail 1234567A"))
            let audit = try await app.services.database.read { sql in
                try await sql.raw("SELECT changes FROM audit_events WHERE action = 'personne.details'").first()?
                    .decode(column: "changes", as: String.self)
            }
            #expect(audit?.contains("0612345678") == false)
        }
    }

    @Test func aResidenceTitleNeedsItsKindAndDatesInOrder() async throws {
        try await TestApp.run { browser, _ in
            let (path, person) = try await Self.file(browser)
            try await browser.get(path + "?personne=" + person)
            let bad = try await browser.post(
                path + "/titres",
                form: [("personID", person), ("titleKind", ""), ("titleFrom", "2026-06-01"), ("titleTo", "2026-01-01")]
            )
            #expect(bad.text.contains("Choisissez le type de titre."))
            #expect(bad.text.contains("La fin de validité ne peut pas précéder son début."))
            try await browser.post(
                path + "/titres",
                form: [
                    ("personID", person), ("titleKind", "carte_resident"), ("titleFrom", "2026-06-01"),
                    ("titleTo", "2036-05-31"),
                ]
            )
            let page = try await browser.get(path)
            #expect(page.text.contains("Carte de résident, du 1er juin 2026 au 31 mai 2036"))
        }
    }

    @Test func aPersonReferredTwiceIsMergedThenTheMergeIsUndone() async throws {
        try await TestApp.run { browser, _ in
            let (path, person) = try await Self.file(browser)
            try await browser.post("/deconnexion", form: [])
            // OFII refers Amina a second time with another spelling, confirming after the duplicate warning.
            try await browser.login(as: .ofii)
            try await browser.get("/orientations/nouvelle")
            var again = ReferralFlowTests.amina.filter { !["documentNames", "agdref"].contains($0.0) }
            again += [("documentNames", "AHMADZAY Amina"), ("agdref", ""), ("duplicatesReviewed", "oui")]
            let second = try await browser.post("/orientations/nouvelle", form: again)
            #expect(second.status == .seeOther)
            try await browser.post("/deconnexion", form: [])
            try await browser.login(as: .referent)
            let search = try await browser.get(path + "?doublons=" + person)
            #expect(search.text.contains("Doublons possibles de AHMADZAI Amina"))
            #expect(search.text.contains("AHMADZAY Amina, née ou né en 1994"))
            let duplicate = try #require(search.text.firstMatch(of: /name="duplicateID" value="([^"]+)"/)?.1)
            let merged = try await browser.post(
                path + "/fusion",
                form: [("personID", person), ("duplicateID", String(duplicate))]
            )
            #expect(merged.location == path)
            let after = try await browser.get(path + "?doublons=" + person)
            #expect(after.text.contains("La fiche « AHMADZAY Amina » est fusionnée avec AHMADZAI Amina."))
            #expect(after.text.contains("Aucune autre fiche du département ne ressemble à cette personne."))
            // Merging a record that is not a possible duplicate is refused.
            let again2 = try await browser.post(
                path + "/fusion",
                form: [("personID", person), ("duplicateID", String(duplicate))]
            )
            #expect(again2.status == .conflict)
            try await browser.post(path + "/annulation-fusion", form: [("duplicateID", String(duplicate))])
            let undone = try await browser.get(path + "?doublons=" + person)
            #expect(!undone.text.contains("est fusionnée avec"))
            #expect(undone.text.contains("AHMADZAY Amina, née ou né en 1994"))
        }
    }
}
