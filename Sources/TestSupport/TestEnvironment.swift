import Domain
import Persistence
import SampleData
import Services

/// Use cases on a fresh test database, for service tests that need no HTTP.
public enum TestEnvironment {
    /// Runs `body` with a migrated database holding the demo département, a movable clock and fixed identifiers.
    public static func withDemo(
        secondFactorRequired: Bool = true,
        _ body: (ServiceEnvironment, MutableTime) async throws -> Void
    ) async throws {
        try await TestDatabase.with { database in
            let time = MutableTime(TestClock.now)
            let environment = ServiceEnvironment(
                database: database,
                time: time,
                ids: SequentialIdentifiers(),
                security: SecuritySettings(
                    bcryptCost: 4,
                    secondFactorRequired: secondFactorRequired,
                    auditKey: TestAuditKey.key
                )
            )
            try await DemoDepartement(environment: environment).load()
            try await body(environment, time)
        }
    }

    /// Runs `body` with a migrated, empty database (reference data only), a movable clock and fixed identifiers.
    public static func withEmpty(_ body: (ServiceEnvironment, MutableTime) async throws -> Void) async throws {
        try await TestDatabase.with { database in
            let time = MutableTime(TestClock.now)
            let environment = ServiceEnvironment(
                database: database,
                time: time,
                ids: SequentialIdentifiers(),
                security: SecuritySettings(bcryptCost: 4, secondFactorRequired: false, auditKey: TestAuditKey.key)
            )
            try await body(environment, time)
        }
    }

    /// Signs a demo account in and returns it, as the actor of the use cases under test.
    public static func signIn(_ role: Role, _ environment: ServiceEnvironment) async throws -> AccountSummary {
        try await LoginService(environment: environment).login(
            email: DemoDepartement.email(for: role),
            password: DemoDepartement.password
        ).account
    }
}

/// The audit key of every test: fixed, so that a test may recompute what the verifier expects.
public enum TestAuditKey {
    public static let key = AuditKey(hex: String(repeating: "2a", count: 32))!
}
