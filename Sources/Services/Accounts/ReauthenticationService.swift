import Domain
import Foundation
import Persistence
import SQLKit

/// Proof that the person at the keyboard has just confirmed who they are, asked before a sensitive change.
public struct Reauthentication: Sendable {
    /// The counted attempt to forget once the change is written (nil on the command line).
    let attemptID: String?
    let email: String?

    /// The command line is run by whoever operates the server, who is not asked for a password.
    public static let commandLine = Reauthentication(attemptID: nil, email: nil)

    /// Inside the change's transaction: the attempt was no failure, and the account's failures stop counting.
    func settle(in sql: any SQLDatabase) async throws {
        guard let attemptID, let email else { return }
        try await LoginFailureRecords.forget(id: attemptID, in: sql)
        try await LoginFailureRecords.clearAccount(email: email, in: sql)
    }
}

/// Asks for the current password again before a sensitive change, counted and throttled like a login.
public struct ReauthenticationService: Sendable {
    let environment: ServiceEnvironment

    public init(environment: ServiceEnvironment) { self.environment = environment }

    /// Checks the account's current password. A wrong one is counted, audited and reported on `field`; too many
    /// recent failures refuse the attempt unread (throttled).
    public func confirmPassword(
        account: AccountSummary,
        password: String,
        address: String,
        field: String
    ) async throws -> Reauthentication {
        guard !password.isEmpty else {
            var errors = FieldErrors()
            errors.add(field, "Saisissez votre mot de passe actuel pour confirmer.")
            throw DomainError.invalid(errors)
        }
        let attempts = LoginAttempts(environment: environment)
        let attempt = try await attempts.reserve(email: account.email, address: address)
        let credentials = try await environment.database.read { sql in
            try await AccountRecords.credentials(email: account.email, in: sql)
        }
        let hasher = PasswordHasher(cost: environment.security.bcryptCost)
        guard try await hasher.verify(password, storedHash: credentials?.passwordHash) else {
            try await attempts.failed(
                .wrongPassword,
                action: .reauthenticationFailed,
                account: account,
                address: address
            )
            var errors = FieldErrors()
            errors.add(field, "Le mot de passe actuel est incorrect.")
            throw DomainError.invalid(errors)
        }
        return Reauthentication(attemptID: attempt, email: account.email)
    }

    /// The same for a form with other fields: `errors` are the other fields' problems. Every problem, the wrong
    /// password's included, is reported at once; when only the other fields are wrong, the right password is not
    /// counted as a failure.
    func confirmPassword(
        account: AccountSummary,
        password: String,
        address: String,
        field: String,
        alongside errors: FieldErrors
    ) async throws -> Reauthentication {
        var errors = errors
        var confirmation: Reauthentication?
        do {
            confirmation = try await confirmPassword(
                account: account,
                password: password,
                address: address,
                field: field
            )
        } catch DomainError.invalid(let wrong) {
            for message in wrong.messages { errors.add(message.field, message.message) }
        }
        guard let confirmation, errors.isEmpty else {
            if let confirmation, confirmation.attemptID != nil {
                try await environment.database.write { try await confirmation.settle(in: $0) }
            }
            throw DomainError.invalid(errors)
        }
        return confirmation
    }
}
