import Domain
import Persistence

/// What every use case needs: the database, the clock, the identifier source and the security settings.
public struct ServiceEnvironment: Sendable {
    public let database: any Database
    public let time: any TimeSource
    public let ids: any IdentifierSource
    public let security: SecuritySettings

    public init(database: any Database, time: any TimeSource, ids: any IdentifierSource, security: SecuritySettings) {
        self.database = database
        self.time = time
        self.ids = ids
        self.security = security
    }
}

/// Session lifetimes, the password hashing cost, the second-factor obligation and the audit key.
public struct SecuritySettings: Sendable, Equatable {
    /// A session unused for this long ends.
    public var sessionIdleTimeout: Duration
    /// A session ends this long after login, however active.
    public var sessionAbsoluteTimeout: Duration
    /// The bcrypt cost factor (each step doubles the work); tests lower it.
    public var bcryptCost: UInt8
    /// Whether roles that see named personal data must use two-factor authentication (off only in the demo).
    public var secondFactorRequired: Bool
    /// The key of the audit chain, held outside the database; nothing can be audited without it.
    public var auditKey: AuditKey?
    /// The file outside the database where signed checkpoints of the audit chain are appended, if any.
    public var auditCheckpointFile: String?

    public init(
        sessionIdleTimeout: Duration = .seconds(2 * 3600),
        sessionAbsoluteTimeout: Duration = .seconds(12 * 3600),
        bcryptCost: UInt8 = 12,
        secondFactorRequired: Bool = true,
        auditKey: AuditKey? = nil,
        auditCheckpointFile: String? = nil
    ) {
        self.sessionIdleTimeout = sessionIdleTimeout
        self.sessionAbsoluteTimeout = sessionAbsoluteTimeout
        self.bcryptCost = bcryptCost
        self.secondFactorRequired = secondFactorRequired
        self.auditKey = auditKey
        self.auditCheckpointFile = auditCheckpointFile
    }

    /// Whether an account of this role must have a second factor before it may do anything (one rule for the
    /// session, the API and the account page).
    public func requiresSecondFactor(_ role: Role) -> Bool {
        secondFactorRequired && role.seesNamedPersonalData
    }
}

extension Duration {
    /// The duration in seconds, as a `TimeInterval`.
    var timeInterval: Double {
        Double(components.seconds) + Double(components.attoseconds) / 1e18
    }
}
