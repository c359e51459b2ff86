import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import NIOCore
import Persistence
import ServiceLifecycle
import Web

/// The two servers a benchmark run compares: Parcours itself and a bare Hummingbird route, both on 127.0.0.1.
struct BenchServers {
    let appPort: Int
    let barePort: Int

    /// Runs both servers while `body` measures, then stops them.
    func run<T: Sendable>(
        config: AppConfig,
        database: any Database,
        logger: Logger,
        _ body: @escaping @Sendable () async throws -> T
    ) async throws -> T {
        var appConfig = config
        appConfig.host = "127.0.0.1"
        appConfig.port = appPort
        let app = try buildApplication(
            WebDependencies(config: appConfig, database: database, logger: logger, runsDatabase: false)
        )
        let bareRouter = Router()
        bareRouter.get("/bare") { _, _ in "ok" }
        let bare = Application(
            router: bareRouter,
            configuration: .init(address: .hostname("127.0.0.1", port: barePort)),
            logger: logger
        )
        let group = ServiceGroup(
            configuration: .init(services: [app, bare], gracefulShutdownSignals: [], logger: logger)
        )
        return try await withThrowingTaskGroup(of: T?.self) { tasks in
            tasks.addTask {
                try await group.run()
                return nil
            }
            tasks.addTask {
                try await Self.waitUntilListening(port: appPort)
                try await Self.waitUntilListening(port: barePort)
                let result = try await body()
                await group.triggerGracefulShutdown()
                return result
            }
            var result: T?
            for try await value in tasks where value != nil { result = value }
            guard let result else { throw CancellationError() }
            return result
        }
    }

    /// Polls a port until a server answers, for at most ten seconds.
    static func waitUntilListening(port: Int) async throws {
        for _ in 0..<100 {
            let client = TestClient(host: "127.0.0.1", port: port)
            client.connect()
            let answered = (try? await client.get("/healthz")) != nil
            try? await client.shutdown()
            if answered { return }
            try await Task.sleep(for: .milliseconds(100))
        }
        throw BenchError("le serveur du port \(port) ne répond pas")
    }
}

/// A benchmark that cannot run, with the reason in French.
struct BenchError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
