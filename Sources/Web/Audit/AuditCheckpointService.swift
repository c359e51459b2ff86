import Logging
import ServiceLifecycle
import Services

/// Writes a signed checkpoint of the audit chain at intervals while the server runs, and once more when it stops:
/// to the database, to the checkpoint file outside it, and to the log.
struct AuditCheckpointService: Service {
    let environment: ServiceEnvironment
    let interval: Duration
    let logger: Logger

    func run() async throws {
        await cancelWhenGracefulShutdown {
            while !Task.isCancelled {
                try? await Task.sleep(for: interval)
                if !Task.isCancelled { await checkpoint() }
            }
        }
        // After a graceful shutdown, one last checkpoint; a server that failed to start is cancelled instead.
        if !Task.isCancelled { await checkpoint() }
    }

    /// One checkpoint, if events were appended since the last; a failure is logged, never fatal to the server.
    func checkpoint() async {
        do {
            guard let written = try await environment.writeAuditCheckpoint() else { return }
            logger.notice(
                "Point de contrôle du journal d'audit",
                metadata: [
                    "événements": "\(written.eventCount)", "empreinte": "\(written.headHash)",
                    "signature": "\(written.signature)", "date": "\(written.createdAt)",
                ]
            )
        } catch {
            logger.error("Point de contrôle du journal d'audit impossible", metadata: ["erreur": "\(error)"])
        }
    }
}
