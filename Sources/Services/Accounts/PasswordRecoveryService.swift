import Domain
import Foundation
import Persistence
import SQLKit

/// "Mot de passe oublié ?": Parcours has no mail yet, so a request reaches the administrator, who sees it in the
/// account list and resets the password (the new one is temporary and changed at the next sign-in). The request is
/// the one place the coming outbox plugs in: `PasswordRecoveryDelivery` today records it for the administrator; a
/// delivery by e-mail would write a single-use link into the outbox in the same transaction.
public struct PasswordRecoveryService: Sendable {
    let environment: ServiceEnvironment
    let delivery: any PasswordRecoveryDelivery

    public init(environment: ServiceEnvironment, delivery: any PasswordRecoveryDelivery = AdministratorRequest()) {
        self.environment = environment
        self.delivery = delivery
    }

    /// How long a request is remembered: another one within this time is not recorded again.
    public static let quietPeriod: TimeInterval = 3_600

    /// Records a request for the active account with this address, at most once an hour; says nothing about
    /// whether the address has an account (the page answers the same in every case).
    public func request(email raw: String) async throws {
        guard let email = EmailAddress.normalise(raw) else { return }
        let now = environment.time.now()
        try await environment.database.write { sql in
            guard let account = try await AccountRecords.credentials(email: email, in: sql)?.account,
                try await PasswordRecoveryRecords.lastRequest(accountID: account.id, in: sql)
                    .map({ now.timeIntervalSince($0) >= Self.quietPeriod }) ?? true
            else { return }
            try await delivery.deliver(account: account, at: now, environment: environment, in: sql)
        }
    }
}

/// Where a password request goes: to the administrator today, by e-mail once there is an outbox.
public protocol PasswordRecoveryDelivery: Sendable {
    /// Hands the request over, inside the caller's transaction.
    func deliver(
        account: AccountSummary,
        at now: Date,
        environment: ServiceEnvironment,
        in sql: any SQLDatabase
    )
        async throws
}

/// The request recorded in the audit log, where the administrator's account list reads it.
public struct AdministratorRequest: PasswordRecoveryDelivery {
    public init() {}

    public func deliver(
        account: AccountSummary,
        at now: Date,
        environment: ServiceEnvironment,
        in sql: any SQLDatabase
    ) async throws {
        let entry = AuditEntry(
            actor: nil,
            action: AuditAction.passwordResetRequested.rawValue,
            recordType: "compte",
            recordID: account.id
        )
        try await environment.appendAudit(entry, at: now, in: sql)
    }
}
