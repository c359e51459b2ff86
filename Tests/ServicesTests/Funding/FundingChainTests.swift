import Domain
import Foundation
import Persistence
import Services
import TestSupport
import Testing

@Suite("Crédits : de la ligne au compte rendu, chaque chiffre calculé")
struct FundingChainTests {
    @Test func theWholeChainMovesTheLineFigures() async throws {
        try await TestEnvironment.withDemo(secondFactorRequired: false) { environment, time in
            let fixture = try await FundingFixture.make(environment, time)
            let id = try await fixture.submitted()
            let committee = try await fixture.committee()
            try await FundingInstructionService(environment: environment).score(
                applicationID: id,
                marks: ["4", "3", "5"],
                opinion: "Bon projet.",
                actor: fixture.prefecture
            )
            // 30 000 € of the 45 000 € asked: above 23 000 €, a convention is required.
            try await fixture.grant(id, ["30000"], committee: committee)
            var line = try await fixture.line()
            #expect(line.programmed == Money(euros: 30_000))
            #expect(line.available == Money(euros: 70_000))
            let money = FundingMoneyService(environment: environment)
            await #expect(throws: DomainError.self) {
                try await money.commit(
                    applicationID: id,
                    legalNumber: "2100000001",
                    committedOn: "2026-06-10",
                    actor: fixture.prefecture
                )
            }
            #expect(try await fixture.line().committed == .zero)
            try await money.signConvention(
                applicationID: id,
                signedOn: "2026-06-05",
                reference: "CONV-1",
                actor: fixture.prefecture
            )
            try await money.commit(
                applicationID: id,
                legalNumber: "2100000001",
                committedOn: "2026-06-10",
                actor: fixture.prefecture
            )
            try await fixture.pay(id, .advance, "15000")
            line = try await fixture.line()
            #expect(line.committed == Money(euros: 30_000))
            #expect(line.paid == Money(euros: 15_000))
            #expect(line.remainingToPay == Money(euros: 15_000))
            // The balance waits for an accepted report.
            await #expect(
                throws: DomainError.invalid(Self.message("paymentAmount", PaymentProblem.reportNotAccepted.message))
            ) {
                try await fixture.pay(id, .balance, "15000")
            }
            try await FundingReportService(environment: environment).file(
                applicationID: id,
                planYear: "0",
                raw: [
                    "report.summary": "Fait.", "report.people_served": "58", "actual.64": "61000",
                    "actual.74.etat_p104": "30000",
                ],
                actor: fixture.association
            )
            try await FundingReportService(environment: environment).accept(
                applicationID: id,
                planYear: "0",
                note: "",
                actor: fixture.prefecture
            )
            // 15 000,01 € would go beyond the commitment's last 15 000 €.
            await #expect(throws: DomainError.self) { try await fixture.pay(id, .balance, "15000,01") }
            try await fixture.pay(id, .balance, "15000", on: "2026-11-20")
            line = try await fixture.line()
            #expect(line.paid == Money(euros: 30_000))
            #expect(line.remainingToPay == .zero)
            let file = try await fixture.applications.open(id: id, actor: fixture.association)
            #expect(file.stage == .closed)
            #expect(file.application.number == "P104-2026-69-00001")
            let actions = try await environment.database.read { sql in
                try await sql.raw("SELECT action FROM audit_events WHERE record_id = \(bind: id) ORDER BY seq").all()
                    .map {
                        try $0.decode(column: "action", as: String.self)
                    }
            }
            #expect(
                actions == [
                    "credits.demande_creation", "credits.piece_ajout", "credits.demande_depot", "credits.notation",
                    "credits.decision", "credits.convention", "credits.engagement", "credits.paiement",
                    "credits.compte_rendu_depot", "credits.compte_rendu_acceptation", "credits.paiement",
                ]
            )
        }
    }

    @Test func twentyThreeThousandEurosNeedNoConvention() async throws {
        try await TestEnvironment.withDemo(secondFactorRequired: false) { environment, time in
            let fixture = try await FundingFixture.make(environment, time)
            let committee = try await fixture.committee()
            let exactly = try await fixture.submitted()
            try await fixture.grant(exactly, ["23000"], committee: committee)
            // 23 000,00 € is not above the threshold: the arrêté suffices and the grant commits at once.
            try await FundingMoneyService(environment: environment).commit(
                applicationID: exactly,
                legalNumber: "2100000002",
                committedOn: "2026-06-10",
                actor: fixture.prefecture
            )
            let file = try await fixture.applications.open(id: exactly, actor: fixture.prefecture)
            #expect(file.application.conventionRequired == false)
            #expect(file.commitment?.legalAct == "arrete")
        }
    }

    @Test func overProgrammingIsRefusedUnlessTheBOPManagerAuthorisesIt() async throws {
        try await TestEnvironment.withDemo(secondFactorRequired: false) { environment, time in
            // A 40 000 € line; 45 000 € granted would overrun it by 5 000 €.
            let fixture = try await FundingFixture.make(environment, time, allocation: 40_000)
            let committee = try await fixture.committee()
            let id = try await fixture.submitted()
            await #expect(throws: DomainError.self) { try await fixture.grant(id, ["45000"], committee: committee) }
            #expect(try await fixture.line().programmed == .zero)
            var decision = FundingDecisionInput()
            decision.committeeID = committee
            decision.outcome = "accordee"
            decision.amounts = ["45000"]
            decision.overrun = true
            decision.overrunReason = "Priorité emploi du préfet de région."
            // The DDETS cannot authorise it, even ticking the box.
            await #expect(throws: DomainError.self) {
                try await FundingInstructionService(environment: environment).decide(
                    applicationID: id,
                    input: decision,
                    actor: fixture.prefecture
                )
            }
            try await FundingInstructionService(environment: environment).decide(
                applicationID: id,
                input: decision,
                actor: fixture.dreets
            )
            #expect(try await fixture.line().available == Money(euros: -5_000))
            let overrun = try await environment.database.read { sql in
                try await sql.raw("SELECT changes FROM audit_events WHERE action = 'credits.decision'").first()?
                    .decode(column: "changes", as: String.self)
            }
            #expect(overrun?.contains("Priorité emploi du préfet de région.") == true)
        }
    }

    static func message(_ field: String, _ text: String) -> FieldErrors {
        var errors = FieldErrors()
        errors.add(field, text)
        return errors
    }
}
