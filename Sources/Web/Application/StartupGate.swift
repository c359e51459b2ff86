import ServiceLifecycle
import Synchronization

/// Opens once the application is prepared (migrations, demo data), before the server accepts requests.
final class StartupGate: Sendable {
    private let isOpen = Atomic<Bool>(false)

    /// Lets the waiting services start.
    func open() { isOpen.store(true, ordering: .releasing) }

    /// Returns once the gate is open; throws `CancellationError` when the task is cancelled first.
    func wait() async throws {
        while !isOpen.load(ordering: .acquiring) { try await Task.sleep(for: .milliseconds(50)) }
    }
}

/// A service that uses the database and so starts only once the application is prepared: the database service runs
/// from the start, but its tables may not exist before the migrations of `beforeServerStarts`.
struct AfterStartup: Service {
    let gate: StartupGate
    let service: any Service

    func run() async throws {
        do {
            try await cancelWhenGracefulShutdown { try await gate.wait() }
        } catch is CancellationError {
            // Stopped (or failed to start) before it was prepared: nothing ran, nothing to finish.
            return
        }
        try await service.run()
    }
}
