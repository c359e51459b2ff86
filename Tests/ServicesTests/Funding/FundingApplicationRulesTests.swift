import Domain
import Foundation
import Persistence
import Services
import TestSupport
import Testing

@Suite("Demandes de subvention : dépôt, clôture, double envoi, comptes rendus dus, pièces")
struct FundingApplicationRulesTests {
    @Test func aLateSubmissionIsRefusedAndTheDraftKept() async throws {
        try await TestEnvironment.withDemo(secondFactorRequired: false) { environment, time in
            // The call closes on Thursday 26 November 2026; the clock says Friday 27 November (10:00 UTC, 11:00 in Lyon).
            let fixture = try await FundingFixture.make(environment, time, closes: "2026-11-27")
            let id = try await fixture.applications.start(callID: fixture.callID, actor: fixture.association)
            try await fixture.applications.attach(
                applicationID: id,
                kind: "statuts",
                fileName: "s.pdf",
                bytes: FundingFixture.pdf,
                actor: fixture.association
            )
            try await fixture.applications.save(
                id: id,
                raw: FundingFixture.values,
                version: 1,
                actor: fixture.association
            )
            try await environment.database.write { sql in
                try await sql.raw(
                    "UPDATE funding_calls SET closes_on = '2026-11-26' WHERE id = \(bind: fixture.callID)"
                ).run()
            }
            await #expect(throws: DomainError.self) {
                try await fixture.applications.submit(
                    id: id,
                    raw: FundingFixture.values,
                    version: 2,
                    actor: fixture.association
                )
            }
            let file = try await fixture.applications.open(id: id, actor: fixture.association)
            #expect(file.application.status == .draft)
            #expect(file.application.values["project.title"] == "Français vers l'emploi")
            #expect(file.submissions.isEmpty)
        }
    }

    @Test func theCallsLastDayIsItsLocalDay() async throws {
        try await TestEnvironment.withDemo(secondFactorRequired: false) { environment, time in
            // Closing on 27 November: at 23:30 UTC on the 27th it is already the 28th in Lyon (UTC+1).
            let fixture = try await FundingFixture.make(environment, time, closes: "2026-11-27")
            let id = try await fixture.applications.start(callID: fixture.callID, actor: fixture.association)
            try await fixture.applications.attach(
                applicationID: id,
                kind: "statuts",
                fileName: "s.pdf",
                bytes: FundingFixture.pdf,
                actor: fixture.association
            )
            time.advance(by: 13.5 * 3600)
            await #expect(throws: DomainError.self) {
                try await fixture.applications.submit(
                    id: id,
                    raw: FundingFixture.values,
                    version: 1,
                    actor: fixture.association
                )
            }
        }
    }

    @Test func aSecondSubmitFromAnotherTabWritesNothing() async throws {
        try await TestEnvironment.withDemo(secondFactorRequired: false) { environment, time in
            let fixture = try await FundingFixture.make(environment, time)
            let id = try await fixture.applications.start(callID: fixture.callID, actor: fixture.association)
            try await fixture.applications.attach(
                applicationID: id,
                kind: "statuts",
                fileName: "s.pdf",
                bytes: FundingFixture.pdf,
                actor: fixture.association
            )
            // Both tabs were opened at version 1.
            try await fixture.applications.submit(
                id: id,
                raw: FundingFixture.values,
                version: 1,
                actor: fixture.association
            )
            var other = FundingFixture.values
            other["project.title"] = "Autre titre"
            await #expect(throws: DomainError.self) {
                try await fixture.applications.submit(id: id, raw: other, version: 1, actor: fixture.association)
            }
            await #expect(throws: DomainError.self) {
                try await fixture.applications.save(id: id, raw: other, version: 1, actor: fixture.association)
            }
            let file = try await fixture.applications.open(id: id, actor: fixture.association)
            #expect(file.submissions.count == 1)
            #expect(file.submissions[0].values["project.title"] == "Français vers l'emploi")
            let counter = try await environment.database.read { sql in
                try await sql.raw("SELECT value FROM funding_counters").first()?.decode(column: "value", as: Int.self)
            }
            #expect(counter == 1)
        }
    }

    @Test func anUnbalancedBudgetOrAWrongSiretKeepsTheDraft() async throws {
        try await TestEnvironment.withDemo(secondFactorRequired: false) { environment, time in
            let fixture = try await FundingFixture.make(environment, time)
            let id = try await fixture.applications.start(callID: fixture.callID, actor: fixture.association)
            try await fixture.applications.save(
                id: id,
                raw: FundingFixture.values,
                version: 1,
                actor: fixture.association
            )
            var bad = FundingFixture.values
            bad["org.siret"] = "81234560100016"
            do {
                try await fixture.applications.save(id: id, raw: bad, version: 2, actor: fixture.association)
                Issue.record("accepted")
            } catch DomainError.invalid(let errors) {
                #expect(errors["org.siret"]?.contains("clé de contrôle") == true)
            }
            var unbalanced = FundingFixture.values
            unbalanced["budget.75"] = "4000"
            try await fixture.applications.attach(
                applicationID: id,
                kind: "statuts",
                fileName: "s.pdf",
                bytes: FundingFixture.pdf,
                actor: fixture.association
            )
            do {
                try await fixture.applications.submit(id: id, raw: unbalanced, version: 2, actor: fixture.association)
                Issue.record("accepted")
            } catch DomainError.invalid(let errors) {
                #expect(errors["budget.60"]?.contains("écart 1\u{202F}000,00") == true)
            }
            let file = try await fixture.applications.open(id: id, actor: fixture.association)
            #expect(file.application.version == 2)
            #expect(file.application.values["org.siret"] == "81234560100015")
            #expect(file.application.values["budget.75"] == "5000.00")
        }
    }

    @Test func aDueReportBlocksANewApplication() async throws {
        try await TestEnvironment.withDemo(secondFactorRequired: false) { environment, time in
            let fixture = try await FundingFixture.make(environment, time)
            let committee = try await fixture.committee()
            // A grant whose financial year ended on 31 October 2026: its report is due by 30 April 2027.
            var values = FundingFixture.values
            values["org.financial_year_end"] = "31/10"
            let first = try await fixture.submitted(values)
            try await fixture.grant(first, ["20000"], committee: committee)
            try await FundingMoneyService(environment: environment).commit(
                applicationID: first,
                legalNumber: "2100000003",
                committedOn: "2026-06-10",
                actor: fixture.prefecture
            )
            let second = try await fixture.applications.start(callID: fixture.callID, actor: fixture.association)
            try await fixture.applications.attach(
                applicationID: second,
                kind: "statuts",
                fileName: "s.pdf",
                bytes: FundingFixture.pdf,
                actor: fixture.association
            )
            do {
                try await fixture.applications.submit(
                    id: second,
                    raw: FundingFixture.values,
                    version: 1,
                    actor: fixture.association
                )
                Issue.record("accepted")
            } catch DomainError.invalid(let errors) {
                #expect(errors["project.title"]?.contains("31 octobre 2026") == true)
            }
        }
    }

    @Test func anAttachmentIsJudgedByItsContentNotItsName() async throws {
        try await TestEnvironment.withDemo(secondFactorRequired: false) { environment, time in
            let fixture = try await FundingFixture.make(environment, time)
            let id = try await fixture.applications.start(callID: fixture.callID, actor: fixture.association)
            let gif = Array("GIF89a\u{01}\u{00}".utf8)
            do {
                try await fixture.applications.attach(
                    applicationID: id,
                    kind: "statuts",
                    fileName: "statuts.pdf",
                    bytes: gif,
                    actor: fixture.association
                )
                Issue.record("accepted")
            } catch DomainError.invalid(let errors) {
                #expect(errors["pieceFile"] == DocumentProblem.notAllowed.message)
            }
            let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00]
            let document = try await fixture.applications.attach(
                applicationID: id,
                kind: "rib",
                fileName: "../../RIB\u{0000}<script>.pdf",
                bytes: png,
                actor: fixture.association
            )
            #expect(document.mediaType == .png)
            #expect(document.fileName == "RIB_script.png")
            #expect(document.sha256 == "843ac23b1736b4487ec81cf7c07ddd9bb46ae5b7818c2c3843d99d62fa75f3c9")
        }
    }

    @Test func aDDETSOfAnotherDepartementDoesNotSeeTheApplication() async throws {
        try await TestEnvironment.withDemo(secondFactorRequired: false) { environment, time in
            let fixture = try await FundingFixture.make(environment, time)
            let id = try await fixture.submitted()
            let paris = AccountSummary(
                id: fixture.prefecture.id,
                email: "prefecture75@exemple.test",
                displayName: "Agent 75",
                role: .prefecture,
                scope: .departements(["75"]),
                organisationID: fixture.prefecture.organisationID,
                organisationName: "Préfecture de Paris"
            )
            await #expect(throws: DomainError.notFound) { try await fixture.applications.open(id: id, actor: paris) }
            await #expect(throws: DomainError.notFound) {
                try await FundingInstructionService(environment: environment).score(
                    applicationID: id,
                    marks: ["1", "1", "1"],
                    opinion: "x",
                    actor: paris
                )
            }
            _ = try await fixture.applications.open(id: id, actor: fixture.prefecture)
        }
    }
}
