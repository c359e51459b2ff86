import Foundation

/// The source of random identifiers used in URLs and tokens, injected so that tests can fix them.
public protocol IdentifierSource: Sendable {
    /// A new identifier that cannot be guessed: 128 random bits, URL-safe.
    func makeIdentifier() -> String
    /// A new secret token of `byteCount` random bytes, URL-safe.
    func makeToken(byteCount: Int) -> String
}

/// Identifiers from the system's cryptographically secure generator.
public struct RandomIdentifiers: IdentifierSource {
    public init() {}

    public func makeIdentifier() -> String { makeToken(byteCount: 16) }

    public func makeToken(byteCount: Int) -> String {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<byteCount).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        return Base64URL.encode(bytes)
    }
}

/// URL-safe base64 without padding (RFC 4648 §5).
public enum Base64URL {
    /// Encodes bytes as URL-safe base64 without padding.
    public static func encode(_ bytes: some Sequence<UInt8>) -> String {
        Data(bytes).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }
}
