import Domain
import Foundation
import Persistence
import SampleData
import TestSupport
import Testing

@testable import Services

/// Unknown e-mails cost the same bcrypt work as known ones, and bcrypt never runs where it would block others.
@Suite("Hachage des mots de passe")
struct PasswordHashingTests {
    /// The cost field of a bcrypt hash (`$2b$12$…` → 12).
    static func cost(of hash: String) -> Int? {
        let parts = hash.split(separator: "$")
        return parts.count >= 2 ? Int(parts[1]) : nil
    }

    @Test(arguments: [UInt8(4), 10])
    func theDecoyHashUsesTheConfiguredCost(cost: UInt8) async throws {
        let hasher = PasswordHasher(cost: cost)
        #expect(Self.cost(of: try await hasher.decoy()) == Int(cost))
        #expect(Self.cost(of: try await hasher.hash("une phrase de passe")) == Int(cost))
    }

    @Test func theDefaultCostIsTheOneRealPasswordsGet() {
        #expect(SecuritySettings().bcryptCost == 12)
    }

    @Test func anUnknownAccountIsCheckedAgainstTheDecoyAndNeverMatches() async throws {
        let hasher = PasswordHasher(cost: 4)
        #expect(try await hasher.verify("parcours-decoy-", storedHash: nil) == false)
        let stored = try await hasher.hash("une phrase de passe")
        #expect(try await hasher.verify("une phrase de passe", storedHash: stored))
    }

    @Test func hashingRunsOnItsOwnThreads() async throws {
        #expect(!PasswordHasher.isOnHashingThread)
        #expect(try await PasswordHasher.offload { PasswordHasher.isOnHashingThread })
    }

    @Test func hashingInsideATransactionIsRefused() async throws {
        _ = try await TestDatabase.with { database in
            await #expect(throws: PasswordHasher.InsideTransaction.self) {
                try await database.write { _ in try await PasswordHasher(cost: 4).hash("une phrase de passe") }
            }
        }
    }

    @Test func resettingAndChangingPasswordsHashOutsideTheTransaction() async throws {
        try await TestEnvironment.withDemo(secondFactorRequired: false) { environment, _ in
            let accounts = AccountService(environment: environment)
            _ = try await accounts.resetPassword(
                email: DemoDepartement.email(for: .dreets),
                password: "une toute nouvelle phrase",
                actor: nil
            )
            let opened = try await LoginService(environment: environment).login(
                email: DemoDepartement.email(for: .dreets),
                password: "une toute nouvelle phrase"
            )
            try await accounts.changeOwnPassword(
                account: opened.account,
                sessionToken: opened.token,
                current: "une toute nouvelle phrase",
                new: "encore une autre phrase",
                confirmation: "encore une autre phrase"
            )
        }
    }
}
