/// At most `limit` tests hold a PostgreSQL test database at once. Swift Testing starts every test together, and each
/// test's pool opens its own connections: without a gate, several hundred tests exhaust the server's
/// `max_connections` and fail with connection errors that say nothing about the code under test.
actor PostgresTestGate {
    static let shared = PostgresTestGate(limit: 40)
    /// Set while a test holds a permit, so that a database opened inside it does not wait for a second one.
    @TaskLocal static var isHeld = false

    private var available: Int
    private var waiting: [CheckedContinuation<Void, Never>] = []

    init(limit: Int) { available = limit }

    /// Waits for a permit.
    func acquire() async {
        if available > 0 {
            available -= 1
            return
        }
        await withCheckedContinuation { waiting.append($0) }
    }

    /// Gives the permit to the first test waiting, or back to the gate.
    func release() {
        if waiting.isEmpty { available += 1 } else { waiting.removeFirst().resume() }
    }
}
