import Domain
import Persistence
import Services
import TestSupport
import Testing

/// The list of referrals, read a page at a time rather than whole.
@Suite("Liste des orientations")
struct ReferralListTests {
    @Test func theListIsReadAPageAtATimePendingFirstAndAPagePastTheEndShowsTheLast() async throws {
        try await CaseworkFixture.run { fixture in
            try await fixture.household(names: "PREMIER Accepté")
            try await fixture.household(names: "SECOND Accepté")
            guard
                case .created(let pending) = try await ReferralService(environment: fixture.environment).create(
                    fixture.referral(names: "TROISIEME Attente"),
                    duplicatesReviewed: true,
                    actor: fixture.ofii
                )
            else {
                Issue.record("l'orientation n'a pas été créée")
                return
            }
            let referrals = ReferralService(environment: fixture.environment)
            let first = try await referrals.page(actor: fixture.manager, page: 1, size: 2)
            #expect(first.total == 3)
            #expect(first.page == 1)
            #expect(first.referrals.map(\.id).first == pending)
            #expect(first.referrals.count == 2)
            let past = try await referrals.page(actor: fixture.manager, page: 9_999, size: 2)
            #expect(past.page == 2)
            #expect(past.referrals.count == 1)
            #expect(Set((first.referrals + past.referrals).map(\.id)).count == 3)
        }
    }
}
