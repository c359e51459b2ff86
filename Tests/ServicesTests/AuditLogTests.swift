import Domain
import Foundation
import Persistence
import Services
import TestSupport
import Testing

@Suite("Journal d'audit chaîné")
struct AuditLogTests {
    func withAdmin(_ body: (ServiceEnvironment, AccountSummary) async throws -> Void) async throws {
        try await TestEnvironment.withDemo { environment, _ in
            try await body(environment, try await TestEnvironment.signIn(.admin, environment))
        }
    }

    func someChanges(_ environment: ServiceEnvironment, _ admin: AccountSummary) async throws -> String {
        let organisations = OrganisationService(environment: environment)
        let id = try await organisations.create(
            OrganisationInput(
                name: "Association Test",
                kind: "association",
                siret: "",
                rna: "W691234567",
                departementCodes: ["69"]
            ),
            actor: admin
        )
        try await organisations.update(
            id: id,
            OrganisationInput(
                name: "Association Test 2",
                kind: "association",
                siret: "",
                rna: "",
                departementCodes: ["69"]
            ),
            actor: admin
        )
        try await organisations.setActive(false, id: id, actor: admin)
        return id
    }

    @Test func everyChangeIsChainedAndTheChainVerifies() async throws {
        try await withAdmin { environment, admin in
            _ = try await someChanges(environment, admin)
            let verification = try await environment.verifyAuditLog()
            // demo loading, the admin's login, creation, update, deactivation
            #expect(verification == .intact(events: 5))
        }
    }

    @Test func editingOneRowIsDetectedAndNamed() async throws {
        try await withAdmin { environment, admin in
            _ = try await someChanges(environment, admin)
            try await environment.database.write { sql in
                try await sql.raw("UPDATE audit_events SET account_email = 'quelqu-un@exemple.fr' WHERE seq = 3").run()
            }
            let verification = try await environment.verifyAuditLog()
            guard case .broken(let seq, let reason) = verification else {
                Issue.record("not detected")
                return
            }
            #expect(seq == 3)
            #expect(reason.contains("contenu"))
        }
    }

    @Test func deletingARowIsDetected() async throws {
        try await withAdmin { environment, admin in
            _ = try await someChanges(environment, admin)
            try await environment.database.write { sql in
                try await sql.raw("DELETE FROM audit_events WHERE seq = 4").run()
            }
            #expect(
                try await environment.verifyAuditLog()
                    == .broken(seq: 4, reason: "l'événement n° 4 manque (supprimé ?)")
            )
        }
    }

    @Test func eventsRecordWhoDidWhatWithTheFieldsThatChanged() async throws {
        try await withAdmin { environment, admin in
            let id = try await someChanges(environment, admin)
            let events = try await environment.database.read { sql in
                try await AuditRecords.search(
                    AuditFilter(action: AuditAction.organisationUpdated.rawValue),
                    limit: 10,
                    offset: 0,
                    in: sql
                )
            }
            let event = try #require(events.first)
            #expect(event.recordID == id)
            #expect(event.accountEmail == "admin@demo.parcours.test")
            #expect(event.role == "admin")
            let changes = try JSONDecoder().decode([AuditChange].self, from: Data(event.changes.utf8))
            #expect(changes.map(\.field) == ["nom", "rna"])
        }
    }

    @Test func personalValuesOfAccountsAreMasked() async throws {
        try await withAdmin { environment, admin in
            let accounts = try await AccountService(environment: environment).list(actor: admin)
            let target = try #require(accounts.first { $0.summary.role == .referent })
            let summary = target.summary
            try await AccountService(environment: environment).update(
                id: summary.id,
                AccountInput(
                    organisationID: summary.organisationID,
                    email: summary.email,
                    displayName: "Camille Durand",
                    role: "referent",
                    scopeKind: "departements",
                    departementCodes: ["69"],
                    regionCode: ""
                ),
                actor: admin
            )
            let event = try #require(
                try await environment.database.read { sql in
                    try await AuditRecords.search(
                        AuditFilter(action: AuditAction.accountUpdated.rawValue),
                        limit: 1,
                        offset: 0,
                        in: sql
                    )
                }.first
            )
            #expect(event.changes.contains("\"field\":\"nom\""))
            #expect(!event.changes.contains("Camille"))
            #expect(event.changes.contains(AuditChange.masked))
        }
    }

    @Test func aRefusedChangeWritesNoEvent() async throws {
        try await withAdmin { environment, admin in
            let before = try await environment.database.read { try await AuditRecords.count(AuditFilter(), in: $0) }
            await #expect(throws: DomainError.self) {
                try await OrganisationService(environment: environment).create(
                    OrganisationInput(name: "", kind: "association", siret: "1", rna: "", departementCodes: []),
                    actor: admin
                )
            }
            let after = try await environment.database.read { try await AuditRecords.count(AuditFilter(), in: $0) }
            #expect(before == after)
        }
    }
}
