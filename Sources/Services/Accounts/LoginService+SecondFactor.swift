import Domain
import Foundation
import Persistence

extension LoginService {
    /// Completes a login waiting for its second factor with a TOTP or recovery code. The attempt is counted and
    /// the code checked in one transaction; wrong codes count as failures and are audited.
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
        let attempts = LoginAttempts(environment: environment)
        let secondFactor = SecondFactorService(environment: environment)
        let attemptID = environment.ids.makeIdentifier()
        let outcome: CodeOutcome = try await environment.database.write { sql in
            guard try await attempts.reserve(id: attemptID, email: account.email, address: address, now: now, in: sql)
            else { return .throttled }
            guard try await secondFactor.verify(code, accountID: account.id, in: sql) else {
                try await attempts.audit(.wrongCode, action: .loginFailed, account: account, address: address, in: sql)
                return .wrong
            }
            try await SessionRecords.setStage(.complete, tokenHash: hash, in: sql)
            try await LoginFailureRecords.forget(id: attemptID, in: sql)
            try await LoginFailureRecords.clearAccount(email: account.email, in: sql)
            try await auditLogin(account, now: now, in: sql)
            return .accepted
        }
        switch outcome {
        case .accepted: return account
        case .throttled: throw DomainError.throttled(LoginThrottle.message)
        case .wrong:
            throw SecondFactorService.wrongCode(
                "Code incorrect ou déjà utilisé. Saisissez le code à 6 chiffres affiché par votre application, "
                    + "ou un code de secours."
            )
        }
    }

    /// What a counted code attempt came to; the transaction commits in every case, so that failures stay counted.
    enum CodeOutcome: Sendable {
        case accepted, wrong, throttled
    }
}
