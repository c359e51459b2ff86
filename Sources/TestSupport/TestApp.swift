import Domain
import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import Persistence
import Prometheus
import SampleData
import Services
import Web

/// The real application, assembled by `buildApplication` as in production, on a test database with a fixed clock.
public struct TestApp: Sendable {
    public let database: any Database
    public let time: MutableTime
    public let ids: SequentialIdentifiers
    public let config: AppConfig

    /// The environment use cases run in, sharing this app's database and clock.
    public var services: ServiceEnvironment {
        ServiceEnvironment(database: database, time: time, ids: ids, security: config.security)
    }

    /// Builds the app on a fresh database (with the demo département unless `demo` is false) and runs `body`
    /// with a browser-like client. Two-factor authentication is optional unless `secondFactorRequired` is set,
    /// so that tests can sign demo accounts in with a password alone.
    /// `settings` are environment variables (`PARCOURS_…`) read as in production; `live` serves on a real socket of
    /// 127.0.0.1 instead of calling the router directly, for tests that depend on the client's address.
    public static func run(
        demo: Bool = true,
        secondFactorRequired: Bool = false,
        settings: [String: String] = [:],
        live: Bool = false,
        _ body: @Sendable (Browser, TestApp) async throws -> Void
    ) async throws {
        try await TestDatabase.with { database in
            var config = try await AppConfig.load(environment: settings, environmentFile: nil)
            config.security.bcryptCost = 4
            config.security.auditKey = TestAuditKey.key
            // Tests keep their checkpoints in the database: no file beside a database they do not have.
            config.security.auditCheckpointFile = settings["PARCOURS_AUDIT_CHECKPOINT_FILE"]
            config.port = 0
            config.security.secondFactorRequired = secondFactorRequired
            let testApp = TestApp(
                database: database,
                time: MutableTime(TestClock.now),
                ids: SequentialIdentifiers(),
                config: config
            )
            if demo { try await DemoDepartement(environment: testApp.services).load() }
            let app = try buildApplication(
                WebDependencies(
                    config: config,
                    database: database,
                    time: testApp.time,
                    ids: testApp.ids,
                    registry: PrometheusCollectorRegistry(),
                    logger: Logger(label: "parcours.test"),
                    // The test database already runs for the length of the test.
                    runsDatabase: false
                )
            )
            try await app.test(live ? .live : .router) { client in
                try await body(Browser(client: client), testApp)
            }
        }
    }
}

/// A clock tests can move forward (to expire sessions, for instance).
public final class MutableTime: TimeSource, @unchecked Sendable {
    private let lock = NSLock()
    private var instant: Date

    public init(_ instant: Date) { self.instant = instant }

    public func now() -> Date { lock.withLock { instant } }

    /// Moves the clock forward.
    public func advance(by seconds: TimeInterval) { lock.withLock { instant = instant.addingTimeInterval(seconds) } }

    /// Sets the clock to an instant (tests of what "today" is around midnight).
    public func set(_ instant: Date) { lock.withLock { self.instant = instant } }
}
