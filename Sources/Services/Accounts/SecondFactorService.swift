import Crypto
import Domain
import Foundation
import HummingbirdOTP
import Persistence
import SQLKit

/// Two-factor authentication with TOTP (RFC 6238) and single-use recovery codes.
public struct SecondFactorService: Sendable {
    let environment: ServiceEnvironment
    /// The issuer name shown in authenticator apps.
    public static let issuer = "Parcours"
    /// How many recovery codes an account gets.
    public static let recoveryCodeCount = 10

    public init(environment: ServiceEnvironment) { self.environment = environment }

    /// An enrolment in progress: the URI to show as a QR code and the secret for manual entry.
    public struct Enrolment: Sendable {
        public let uri: String
        public let manualKey: String
    }

    /// Whether an account has two-factor authentication on.
    public func isEnabled(accountID: String) async throws -> Bool {
        try await environment.database.read { try await SecondFactorRecords.state(accountID: accountID, in: $0) }.secret
            != nil
    }

    /// Starts (or restarts) enrolment with a fresh secret, kept pending until a first code confirms it.
    public func beginEnrolment(account: AccountSummary) async throws -> Enrolment {
        let secret = environment.ids.makeToken(byteCount: 15)
        try await environment.database.write { sql in
            try await SecondFactorRecords.setPending(secret, accountID: account.id, in: sql)
        }
        return Self.enrolment(secret: secret, account: account)
    }

    /// The pending enrolment of an account, if one was started.
    public func pendingEnrolment(account: AccountSummary) async throws -> Enrolment? {
        let state = try await environment.database.read {
            try await SecondFactorRecords.state(accountID: account.id, in: $0)
        }
        return state.pendingSecret.map { Self.enrolment(secret: $0, account: account) }
    }

    /// Confirms enrolment with a code from the app; returns the recovery codes, to show once.
    public func confirmEnrolment(account: AccountSummary, code typed: String) async throws -> [String] {
        let now = environment.time.now()
        let codes = (0..<Self.recoveryCodeCount).map { _ in Self.recoveryCode(environment.ids) }
        try await environment.database.write { sql in
            let state = try await SecondFactorRecords.state(accountID: account.id, in: sql)
            guard let pending = state.pendingSecret,
                let step = Self.matchingStep(typed, secret: pending, at: now, lastUsed: nil)
            else {
                throw Self.wrongCode(
                    "Ce code ne correspond pas. Vérifiez l'heure de votre téléphone et saisissez le code affiché."
                )
            }
            try await SecondFactorRecords.setSecret(pending, at: now, accountID: account.id, in: sql)
            try await SecondFactorRecords.setLastStep(step, accountID: account.id, in: sql)
            try await SecondFactorRecords.replaceRecoveryCodes(codes.map(TokenHash.of), accountID: account.id, in: sql)
            try await SessionRecords.promoteEnrolments(accountID: account.id, in: sql)
            try await environment.audit(
                .secondFactorEnabled,
                recordType: "compte",
                id: account.id,
                before: ["double_authentification": "non"],
                after: ["double_authentification": "oui"],
                actor: account,
                in: sql
            )
        }
        return codes
    }

    /// Turns two-factor authentication off, for roles that do not require it, after a current code (or a recovery
    /// code) confirms who asks: counted, checked and written in one transaction, throttled like a login.
    public func disable(account: AccountSummary, code: String, address: String = "inconnue") async throws {
        if environment.security.requiresSecondFactor(account.role) { throw DomainError.forbidden }
        guard !code.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw Self.wrongCode("Saisissez le code affiché par votre application pour confirmer.")
        }
        let attempts = LoginAttempts(environment: environment)
        let attemptID = environment.ids.makeIdentifier()
        let now = environment.time.now()
        let outcome: LoginService.CodeOutcome = try await environment.database.write { sql in
            guard try await attempts.reserve(id: attemptID, email: account.email, address: address, now: now, in: sql)
            else { return .throttled }
            guard try await verify(code, accountID: account.id, in: sql) else {
                try await attempts.audit(
                    .wrongCode,
                    action: .reauthenticationFailed,
                    account: account,
                    address: address,
                    in: sql
                )
                return .wrong
            }
            try await Reauthentication(attemptID: attemptID, email: account.email).settle(in: sql)
            try await SecondFactorRecords.setSecret(nil, at: now, accountID: account.id, in: sql)
            try await SecondFactorRecords.replaceRecoveryCodes([], accountID: account.id, in: sql)
            try await environment.audit(
                .secondFactorDisabled,
                recordType: "compte",
                id: account.id,
                before: ["double_authentification": "oui"],
                after: ["double_authentification": "non"],
                actor: account,
                in: sql
            )
            return .accepted
        }
        switch outcome {
        case .accepted: return
        case .throttled: throw DomainError.throttled(LoginThrottle.message)
        case .wrong: throw Self.wrongCode("Code incorrect ou déjà utilisé : la double authentification reste activée.")
        }
    }

    /// Checks a TOTP code (or a recovery code) in the caller's transaction, consuming it.
    func verify(_ typed: String, accountID: String, in sql: any SQLDatabase) async throws -> Bool {
        let now = environment.time.now()
        let state = try await SecondFactorRecords.state(accountID: accountID, in: sql)
        guard let secret = state.secret else { return false }
        if let step = Self.matchingStep(typed, secret: secret, at: now, lastUsed: state.lastStep) {
            try await SecondFactorRecords.setLastStep(step, accountID: accountID, in: sql)
            return true
        }
        let compact = typed.filter { $0.isLetter || $0.isNumber }.lowercased()
        guard compact.count == 8 else { return false }
        let recovery = compact.prefix(4) + "-" + compact.suffix(4)
        return try await SecondFactorRecords.consumeRecoveryCode(
            hash: TokenHash.of(String(recovery)),
            accountID: accountID,
            at: now,
            in: sql
        )
    }

    /// The step whose code matches what was typed, if any.
    static func matchingStep(_ typed: String, secret: String, at date: Date, lastUsed: Int?) -> Int? {
        guard let code = TOTPWindow.normalise(typed), let value = BoundedInteger.parse(code, in: 0...999_999) else {
            return nil
        }
        let totp = TOTP(secret: secret)
        return TOTPWindow.candidateSteps(at: date, lastUsed: lastUsed).first {
            totp.compute(date: TOTPWindow.instant(ofStep: $0)) == value
        }
    }

    static func enrolment(secret: String, account: AccountSummary) -> Enrolment {
        let uri = TOTP(secret: secret).createAuthenticatorURL(label: "\(issuer):\(account.email)", issuer: issuer)
        let key = URLComponents(string: uri)?.queryItems?.first { $0.name == "secret" }?.value ?? ""
        return Enrolment(uri: uri, manualKey: key)
    }

    /// A recovery code such as `k7q2-m9xp`: 8 characters from an alphabet without look-alikes (about 40 bits).
    static func recoveryCode(_ ids: any IdentifierSource) -> String {
        let alphabet = Array("abcdefghjkmnpqrstuvwxyz23456789")
        // Hashing spreads the token's randomness over every byte used below.
        let digest = Array(SHA256.hash(data: Array(ids.makeToken(byteCount: 16).utf8)))
        let characters = digest.prefix(8).map { alphabet[Int($0) % alphabet.count] }
        return String(characters[0..<4]) + "-" + String(characters[4..<8])
    }

    static func wrongCode(_ message: String) -> DomainError {
        var errors = FieldErrors()
        errors.add("code", message)
        return .invalid(errors)
    }
}
