import Domain
import Foundation
import Persistence
import SampleData
import Services
import TestSupport
import Testing
import Web

@Suite("Crédits : le cycle complet par les pages")
struct FundingCycleTests {
    /// The DDETS publishes a call, the association applies with an attachment, the agent scores, the committee grants,
    /// the convention is signed, the advance paid, the report filed and accepted, the balance paid; the département's
    /// steering page shows each figure.
    @Test func aCallGoesFromPublicationToTheBalanceOnThePages() async throws {
        try await TestApp.run { browser, app in
            let dreets = try await TestEnvironment.signIn(.dreets, app.services)
            var line = FundingLineInput()
            line.year = "2026"
            line.departementCode = "69"
            line.action = "12"
            line.subAction = SubAction.localCalls.rawValue
            line.label = "Appels à projets"
            line.allocation = "200000"
            line.reserveRate = "5"
            let lineID = try await FundingLineService(environment: app.services).create(
                input: line,
                regionCode: "84",
                actor: dreets
            )

            try await browser.login(as: .prefecture)
            try await browser.get(SiteRoute.funding(.calls).path)
            let created = try await browser.post(
                SiteRoute.funding(.callCreate).path,
                form: [
                    ("callLine", lineID), ("callTitle", "AAP emploi 2026"), ("callBody", "Texte de l'appel."),
                    ("callAudience", "Signataires du CIR"), ("callTags.emploi", "oui"), ("callOpens", "2026-01-15"),
                    ("callCloses", "2026-12-31"), ("callCriteria", "Pertinence ; 3\nBudget ; 1"),
                    ("callDocuments.statuts", "oui"),
                ]
            )
            #expect(created.status == .seeOther)
            let callPath = try #require(created.location)
            try await browser.get(callPath)
            let callID = String(callPath.split(separator: "/").last ?? "")
            #expect(try await browser.post(SiteRoute.funding(.publish(callID)).path, form: []).status == .seeOther)
            try await browser.post("/deconnexion", form: [])
            #expect(try await browser.get(SiteRoute.funding(.publicCall(callID)).path).text.contains("AAP emploi 2026"))

            try await browser.login(email: DemoDepartement.associationEmail, password: DemoDepartement.password)
            try await browser.get(SiteRoute.funding(.mine).path)
            let started = try await browser.post(SiteRoute.funding(.start).path, form: [("callID", callID)])
            let applicationPath = try #require(started.location)
            let id = String(applicationPath.split(separator: "/").last ?? "")
            try await browser.get(applicationPath)
            let refused = try await browser.postFile(
                SiteRoute.funding(.attach(id)).path,
                form: [("pieceKind", "statuts")],
                file: ("pieceFile", "statuts.pdf", "application/pdf", Array("GIF89a".utf8))
            )
            #expect(refused.status == .unprocessableContent)
            #expect(refused.text.contains("ni un PDF"))
            let uploaded = try await browser.postFile(
                SiteRoute.funding(.attach(id)).path,
                form: [("pieceKind", "statuts")],
                file: ("pieceFile", "statuts.pdf", "application/pdf", Array("%PDF-1.4\n%%EOF".utf8))
            )
            #expect(uploaded.status == .seeOther)
            try await browser.get(applicationPath)
            var form = FundingFormFields.from(FundingFixtureValues.values)
            form.append(("version", "1"))
            form.append(("action", "deposer"))
            let submitted = try await browser.post(SiteRoute.funding(.save(id)).path, form: form)
            #expect(submitted.status == .seeOther)
            try await browser.get(applicationPath)
            try await browser.post("/deconnexion", form: [])

            try await browser.login(as: .prefecture)
            let steps: [(FundingRoute, [(String, String)])] = [
                (.score(id), [("mark-0", "4"), ("mark-1", "3"), ("opinion", "Solide.")])
            ]
            for (route, fields) in steps {
                try await browser.get(SiteRoute.funding(.instruction(id)).path)
                #expect(try await browser.post(SiteRoute.funding(route).path, form: fields).status == .seeOther)
            }
            try await browser.get(callPath)
            #expect(
                try await browser.post(
                    SiteRoute.funding(.committee(callID)).path,
                    form: [("committeeDate", "2026-05-20"), ("committeeMembers", "DDETS ; OFII")]
                ).status == .seeOther
            )
            let committee = try await app.database.read { sql in
                try await sql.raw("SELECT id FROM funding_committees").first()?.decode(column: "id", as: String.self)
            }
            let money: [(FundingRoute, [(String, String)])] = [
                (.decide(id), [("committee", committee ?? ""), ("outcome", "accordee"), ("amount-0", "40000")]),
                (.convention(id), [("conventionDate", "2026-06-05"), ("conventionReference", "CONV-69-1")]),
                (.commit(id), [("legalNumber", "2100000123"), ("committedOn", "2026-06-10")]),
                (
                    .pay(id),
                    [
                        ("paymentKind", "avance"), ("planYear", "0"), ("paymentAmount", "20000"),
                        ("paidOn", "2026-06-30"),
                    ]
                ),
            ]
            for (route, fields) in money {
                try await browser.get(SiteRoute.funding(.instruction(id)).path)
                let response = try await browser.post(SiteRoute.funding(route).path, form: fields)
                #expect(response.status == .seeOther, "\(route): \(response.status)")
            }
            var steering = try await browser.get(
                SiteRoute.funding(.steeringDepartement("69")).path(query: [("annee", "2026")])
            ).text
            // 200 000 € notified, 5 % reserve = 10 000 €, 40 000 € programmed and committed, 20 000 € paid.
            for figure in [
                "200\u{202F}000,00\u{00A0}€", "10\u{202F}000,00\u{00A0}€", "40\u{202F}000,00\u{00A0}€",
                "20\u{202F}000,00\u{00A0}€", "150\u{202F}000,00\u{00A0}€",
            ] {
                #expect(steering.contains(figure), "\(figure)")
            }
            #expect(
                steering.contains("Règle des 70\u{00A0}% respectée") || steering.contains("Règle des 70 % respectée")
            )
            try await browser.post("/deconnexion", form: [])

            try await browser.login(email: DemoDepartement.associationEmail, password: DemoDepartement.password)
            try await browser.get(applicationPath)
            let report = try await browser.post(
                SiteRoute.funding(.fileReport(id)).path,
                form: [
                    ("planYear", "0"), ("report.summary", "Fait."), ("report.people_served", "50"),
                    ("actual.64", "80000"),
                ]
            )
            #expect(report.status == .seeOther)
            try await browser.post("/deconnexion", form: [])

            try await browser.login(as: .prefecture)
            try await browser.get(SiteRoute.funding(.instruction(id)).path)
            #expect(
                try await browser.post(SiteRoute.funding(.acceptReport(id)).path, form: [("planYear", "0")]).status
                    == .seeOther
            )
            try await browser.get(SiteRoute.funding(.instruction(id)).path)
            #expect(
                try await browser.post(
                    SiteRoute.funding(.pay(id)).path,
                    form: [
                        ("paymentKind", "solde"), ("planYear", "0"), ("paymentAmount", "20000"),
                        ("paidOn", "2026-11-20"),
                    ]
                ).status == .seeOther
            )
            steering = try await browser.get(
                SiteRoute.funding(.steeringDepartement("69")).path(query: [("annee", "2026")])
            ).text
            // Paid 40 000 €, nothing left to pay; 40 000 € for 50 people = 800 € each.
            #expect(steering.contains("800,00\u{00A0}€ par personne"))
            #expect(try await browser.get(SiteRoute.funding(.instruction(id)).path).text.contains("Clôturée"))
        }
    }

    @Test func aDDETSOfAnotherDepartementGetsNotFound() async throws {
        try await TestApp.run { browser, app in
            let fixture = try await FundingWebFixture.submittedApplication(app)
            try await browser.login(as: .prefecture)
            #expect(try await browser.get(SiteRoute.funding(.instruction(fixture)).path).status == .ok)
            try await app.database.write { sql in
                try await sql.raw("UPDATE accounts SET scope = 'dep:75' WHERE email = 'prefecture@demo.parcours.test'")
                    .run()
            }
            try await browser.post("/deconnexion", form: [])
            try await browser.login(as: .prefecture)
            #expect(try await browser.get(SiteRoute.funding(.instruction(fixture)).path).status == .notFound)
            #expect(try await browser.get(SiteRoute.funding(.steeringDepartement("69")).path).status == .notFound)
        }
    }
}

/// The fields of an application form as a browser sends them (tags as checkboxes).
enum FundingFormFields {
    static func from(_ values: [String: String]) -> [(String, String)] {
        var fields: [(String, String)] = []
        for (name, value) in values.sorted(by: { $0.key < $1.key }) {
            if name == "project.tags" {
                for tag in value.split(separator: ",") { fields.append(("project.tags.\(tag)", "oui")) }
            } else {
                fields.append((name, value))
            }
        }
        return fields
    }
}
