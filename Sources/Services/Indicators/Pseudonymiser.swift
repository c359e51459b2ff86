import Crypto

/// Turns record identifiers into pseudonyms: HMAC-SHA256 keyed with the platform's secret salt, in hexadecimal,
/// shortened. Without the salt, a pseudonym cannot be traced back to a record or recomputed from an identifier.
public struct Pseudonymiser: Sendable {
    /// The hexadecimal characters kept: 80 bits, far from any collision among a few million people.
    public static let length = 20

    let key: SymmetricKey

    /// A pseudonymiser keyed with the salt's bytes.
    public init(salt: [UInt8]) { key = SymmetricKey(data: salt) }

    /// The pseudonym of a person.
    public func person(_ id: String) -> String { pseudonym("personne:" + id) }

    /// The pseudonym of a household; prefixed differently, so it never equals the pseudonym of a person.
    public func household(_ id: String) -> String { pseudonym("menage:" + id) }

    /// The shortened hexadecimal HMAC of a message.
    func pseudonym(_ message: String) -> String {
        let mac = HMAC<SHA256>.authenticationCode(for: Array(message.utf8), using: key)
        return String(Hex.encode(Array(mac)).prefix(Self.length))
    }
}
