import Dispatch
import Foundation
import HummingbirdBcrypt
import Persistence
import Synchronization

/// Hashes and checks passwords with bcrypt, on threads of its own: never on the event loops or the threads of
/// Swift's concurrency pool (a cost-12 hash takes about a quarter of a second), and never inside a transaction
/// (it would hold SQLite's single writer that long).
public struct PasswordHasher: Sendable {
    let cost: UInt8

    public init(cost: UInt8) { self.cost = cost }

    /// Refused work: bcrypt asked for inside a database transaction.
    public struct InsideTransaction: Error, CustomStringConvertible {
        public var description: String { "Hachage de mot de passe demandé à l'intérieur d'une transaction." }
    }

    /// A bcrypt hash of the password, salted.
    public func hash(_ password: String) async throws -> String {
        let cost = cost
        return try await Self.offload { Bcrypt.hash(password, cost: cost) }
    }

    /// Whether the password matches the hash.
    public func verify(_ password: String, hash: String) async throws -> Bool {
        try await Self.offload { Bcrypt.verify(password, hash: hash) }
    }

    /// Checks a password against an account's hash, or against the decoy of the same cost when there is no
    /// account, so that an unknown e-mail costs as much time as a known one.
    public func verify(_ password: String, storedHash: String?) async throws -> Bool {
        let hash: String
        if let storedHash { hash = storedHash } else { hash = try await decoy() }
        let matches = try await verify(password, hash: hash)
        return storedHash != nil && matches
    }

    /// A hash of a password nobody knows, at this hasher's cost (the configured one), made once per cost.
    func decoy() async throws -> String {
        if let cached = Self.decoys.withLock({ $0[cost] }) { return cached }
        let made = try await hash("parcours-decoy-" + UUID().uuidString)
        return Self.decoys.withLock { decoys in
            if let raced = decoys[cost] { return raced }
            decoys[cost] = made
            return made
        }
    }

    private static let decoys = Mutex<[UInt8: String]>([:])

    /// One serial queue per core: as many hashes at once as there are cores, the rest wait their turn.
    private static let queues: [DispatchQueue] = (0..<max(1, ProcessInfo.processInfo.activeProcessorCount)).map {
        let queue = DispatchQueue(label: "parcours.bcrypt.\($0)")
        queue.setSpecific(key: onPool, value: true)
        return queue
    }
    private static let nextQueue = Atomic<Int>(0)
    private static let onPool = DispatchSpecificKey<Bool>()

    /// Whether the caller runs on one of the hashing threads (for tests).
    static var isOnHashingThread: Bool { DispatchQueue.getSpecific(key: onPool) == true }

    static func offload<T: Sendable>(_ work: @escaping @Sendable () -> T) async throws -> T {
        guard !TransactionScope.isOpen else { throw InsideTransaction() }
        let index = nextQueue.add(1, ordering: .relaxed).oldValue % queues.count
        let queue = queues[index]
        return await withCheckedContinuation { continuation in
            queue.async { continuation.resume(returning: work()) }
        }
    }
}
