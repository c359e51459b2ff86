import Foundation

/// A bcrypt hash of a secret nobody knows, at the configured cost, checked when a code is unknown or not activated
/// so that a refusal takes as long as checking a real secret (a cheaper decoy would tell codes apart by timing).
enum SpaceDecoy {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var hashes: [UInt8: String] = [:]

    /// The decoy hash for a bcrypt cost, computed once per process.
    static func hash(cost: UInt8) -> String {
        lock.lock()
        defer { lock.unlock() }
        if let hash = hashes[cost] { return hash }
        let hash = PasswordHasher(cost: cost).hash("parcours-espace-leurre")
        hashes[cost] = hash
        return hash
    }
}
