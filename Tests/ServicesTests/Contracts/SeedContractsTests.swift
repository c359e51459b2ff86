import Domain
import Persistence
import SQLKit
import SampleData
import Services
import TestSupport
import Testing

@Suite("Génération des contrats territoriaux (échelle tiny)")
struct SeedContractsTests {
    static func count(_ query: SQLQueryString, _ environment: ServiceEnvironment) async throws -> Int {
        try await environment.database.read { sql in
            try await sql.raw(query).first()?.decode(column: "n", as: Int.self) ?? -1
        }
    }

    @Test func theGeneratedContractsAreConsistentWithTheCommunesAndQPVOfTheReferenceData() async throws {
        try await TestEnvironment.withEmpty { environment, _ in
            let summary = try await SeedService(environment: environment).run(scale: .tiny, seed: 7)
            #expect(summary.contracts == 3)
            #expect(summary.contractActions >= 21)
            // Every commune of a contract lies in its département.
            #expect(
                try await Self.count(
                    """
                    SELECT COUNT(*) AS n FROM contract_communes cc JOIN communes c ON c.code = cc.commune_code
                    JOIN territorial_contracts t ON t.id = cc.contract_id WHERE c.departement_code <> t.departement_code
                    """,
                    environment
                ) == 0
            )
            // Every QPV an action serves lies in one of its contract's communes.
            #expect(
                try await Self.count(
                    """
                    SELECT COUNT(*) AS n FROM contract_action_qpv a WHERE NOT EXISTS (
                        SELECT 1 FROM qpv_communes q JOIN contract_communes cc ON cc.commune_code = q.commune_code
                        WHERE q.qpv_code = a.qpv_code AND cc.contract_id = a.contract_id)
                    """,
                    environment
                ) == 0
            )
            // Funding lines end no earlier than they start; every signed contract kept its diagnosis at signature.
            #expect(
                try await Self.count(
                    "SELECT COUNT(*) AS n FROM contract_funding_lines WHERE to_year < from_year",
                    environment
                )
                    == 0
            )
            #expect(
                try await Self.count(
                    """
                    SELECT COUNT(*) AS n FROM territorial_contracts t WHERE t.signed_on IS NOT NULL AND NOT EXISTS (
                        SELECT 1 FROM contract_snapshots s WHERE s.contract_id = t.id AND s.occasion = 'signature'
                          AND s.taken_on = t.signed_on)
                    """,
                    environment
                ) == 0
            )
            // Reviews follow the signature, and some households live in a QPV of their commune.
            #expect(
                try await Self.count(
                    """
                    SELECT COUNT(*) AS n FROM contract_reviews r JOIN territorial_contracts t ON t.id = r.contract_id
                    WHERE r.held_on < t.signed_on
                    """,
                    environment
                ) == 0
            )
            #expect(
                try await Self.count("SELECT COUNT(*) AS n FROM households WHERE qpv_code IS NOT NULL", environment) > 0
            )
            // The national steering page reads them.
            let national = try await LoginService(environment: environment).login(
                email: SeedAccounts.nationalEmail,
                password: SeedAccounts.password
            ).account
            let steering = try await ContractSteeringService(environment: environment).steering(
                scope: .nation,
                year: nil,
                actor: national
            )
            #expect(steering.figures.byStatus.values.reduce(0, +) == 3)
        }
    }
}
