import Domain
import Foundation
import Persistence
import Services
import TestSupport
import Testing

@Suite("Crédits : deux paiements concurrents sur les derniers euros d'un engagement")
struct FundingConcurrencyTests {
    /// On PostgreSQL (several connections), two agents pay 6 000 € at the same time on a commitment with 10 000 € left:
    /// the commitment's row is locked by the first, so the second sees its payment and is refused. On SQLite the
    /// single writer serialises them the same way.
    @Test func onlyOneOfTwoRacingPaymentsGoesThrough() async throws {
        try await TestEnvironment.withDemo(secondFactorRequired: false) { environment, time in
            let fixture = try await FundingFixture.make(environment, time)
            let committee = try await fixture.committee()
            let id = try await fixture.submitted()
            try await fixture.grant(id, ["20000"], committee: committee)
            try await FundingMoneyService(environment: environment).commit(
                applicationID: id,
                legalNumber: "2100000009",
                committedOn: "2026-06-10",
                actor: fixture.prefecture
            )
            try await fixture.pay(id, .advance, "10000")
            let outcomes = try await withThrowingTaskGroup(of: Bool.self) { group in
                for _ in 0..<2 {
                    group.addTask {
                        do {
                            var input = PaymentInput()
                            input.kind = PaymentKind.advance.rawValue
                            input.amount = "6000"
                            input.paidOn = "2026-07-02"
                            try await FundingMoneyService(environment: environment).pay(
                                applicationID: id,
                                input: input,
                                actor: fixture.prefecture
                            )
                            return true
                        } catch DomainError.invalid {
                            return false
                        }
                    }
                }
                return try await group.reduce(into: [Bool]()) { $0.append($1) }
            }
            #expect(outcomes.filter { $0 }.count == 1)
            let line = try await fixture.line()
            // 10 000 € + 6 000 €: never 22 000 € on a 20 000 € commitment.
            #expect(line.paid == Money(euros: 16_000))
            #expect(line.remainingToPay == Money(euros: 4_000))
            let payments = try await environment.database.read { sql in
                try await sql.raw("SELECT COUNT(*) AS n FROM audit_events WHERE action = 'credits.paiement'").first()?
                    .decode(column: "n", as: Int.self)
            }
            #expect(payments == 2)
        }
    }
}
