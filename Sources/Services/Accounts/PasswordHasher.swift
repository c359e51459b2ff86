import HummingbirdBcrypt

/// Hashes and checks passwords with bcrypt.
public struct PasswordHasher: Sendable {
    let cost: UInt8

    public init(cost: UInt8) { self.cost = cost }

    /// A bcrypt hash of the password, salted.
    public func hash(_ password: String) -> String { Bcrypt.hash(password, cost: cost) }

    /// Whether the password matches the hash.
    public func verify(_ password: String, hash: String) -> Bool { Bcrypt.verify(password, hash: hash) }

    /// A hash of a password nobody knows, checked when the e-mail is unknown so that timing does not reveal it.
    static let decoy = Bcrypt.hash("parcours-decoy-password", cost: 4)
}
