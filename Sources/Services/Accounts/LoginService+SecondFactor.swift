import Domain
import Foundation
import Persistence

extension LoginService {
    /// Completes a login waiting for its second factor with a TOTP or recovery code; wrong codes count as failures.
    public func completeSecondFactor(
        token: String,
        code: String,
        address: String = "inconnue"
    ) async throws
        -> AccountSummary
    {
        let hash = TokenHash.of(token)
        guard let session = try await session(token: token), session.stage == .secondFactor else {
            throw DomainError.notFound
        }
        let account = session.account
        let now = environment.time.now()
        try await refuseIfThrottled(email: account.email, address: address, now: now)
        let secondFactor = SecondFactorService(environment: environment)
        let accepted = try await environment.database.write { sql in
            guard try await secondFactor.verify(code, accountID: account.id, in: sql) else { return false }
            try await SessionRecords.setStage(.complete, tokenHash: hash, in: sql)
            try await LoginFailureRecords.clear(email: account.email, in: sql)
            try await auditLogin(account, now: now, in: sql)
            return true
        }
        guard accepted else {
            try await recordFailure(email: account.email, address: address, now: now)
            throw SecondFactorService.wrongCode(
                "Code incorrect ou déjà utilisé. Saisissez le code à 6 chiffres affiché par votre application, "
                    + "ou un code de secours."
            )
        }
        return account
    }
}
