import Domain
import Foundation
import Services
import TestSupport
import Testing

/// What the audit log missed: failed logins, referral reads, and the exports of the log and of the monthly report.
@Suite("Journal d'audit : ce qui manquait")
struct AuditGapsTests {
    static func count(_ app: TestApp, action: String) async throws -> Int {
        try await app.database.read { sql in
            try await sql.raw("SELECT COUNT(*) AS n FROM audit_events WHERE action = \(bind: action)").first()?
                .decode(column: "n", as: Int.self) ?? 0
        }
    }

    @Test func aFailedLoginIsAuditedWithTheAccountAndTheReason() async throws {
        try await TestApp.run { browser, app in
            try await browser.login(as: .referent, password: "pas le bon mot de passe")
            try await browser.login(email: "personne@exemple.fr", password: "pas le bon mot de passe")
            #expect(try await Self.count(app, action: "session.echec") == 2)
            let recordIDs = try await app.database.read { sql in
                try await sql.raw("SELECT record_id FROM audit_events WHERE action = 'session.echec' ORDER BY seq")
                    .all().map { try $0.decode(column: "record_id", as: String.self) }
            }
            let accounts = try await AccountService(environment: app.services).list(actor: nil)
            let referent = try #require(accounts.first { $0.summary.role == .referent }).summary
            #expect(recordIDs.first == referent.id)
            // An unknown e-mail is not written down: it may be a password typed in the wrong field.
            #expect(recordIDs.last == "inconnu")
            #expect(try await app.services.verifyAuditLog().isIntact)
        }
    }

    @Test func readingAReferralIsAudited() async throws {
        try await TestApp.run { browser, app in
            let path = try await ReferralFlowTests.refer(browser)
            let before = try await Self.count(app, action: "orientation.consultation")
            try await browser.get(path)
            #expect(try await Self.count(app, action: "orientation.consultation") == before + 1)
        }
    }

    @Test func exportingTheAuditLogIsAudited() async throws {
        try await TestApp.run { browser, app in
            try await browser.login(as: .dpo)
            let export = try await browser.get("/audit/export.csv?action=session.ouverture")
            #expect(export.status == .ok)
            #expect(try await Self.count(app, action: "journal_audit.export") == 1)
        }
    }

    @Test func exportingTheMonthlyReportIsAudited() async throws {
        try await TestApp.run { browser, app in
            try await browser.login(as: .responsable)
            let export = try await browser.get("/rapport-mensuel.csv?mois=2026-11")
            #expect(export.status == .ok)
            #expect(try await Self.count(app, action: "rapport_mensuel.export") == 1)
        }
    }
}

extension AuditLog.Verification {
    /// Whether the chain verified.
    var isIntact: Bool {
        if case .intact = self { return true }
        return false
    }
}
