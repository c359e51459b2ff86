/// The personal code printed on a person's letter: 12 symbols of Crockford's base 32 (60 random bits), written in
/// three groups of four (`K7QM-2XHD-9PFA`). It names the person's space at every sign-in; alone, it opens the space
/// once, to choose a passphrase or a PIN.
public struct AccessCode: Sendable, Hashable, CustomStringConvertible {
    /// Crockford's alphabet: digits and capitals without I, L, O and U, so that nothing reads as something else.
    static let alphabet = Array("0123456789ABCDEFGHJKMNPQRSTVWXYZ")
    /// Symbols in a code.
    public static let length = 12

    /// The 12 symbols, without separators.
    public let symbols: String

    /// A code drawn from a random URL-safe token of at least 12 characters (`IdentifierSource.makeToken`): each of
    /// its last 12 characters carries 6 random bits, of which 5 choose a symbol (64 is twice 32: still uniform).
    public init(randomToken token: String) {
        let base64 = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
        let tail = token.suffix(Self.length)
        precondition(tail.count == Self.length, "le jeton d'un code doit avoir au moins 12 caractères")
        symbols = String(tail.map { Self.alphabet[(base64.firstIndex(of: $0) ?? 0) % 32] })
    }

    /// Reads a code as a person types it: any case, spaces and dashes ignored, O read as 0 and I or L as 1
    /// (Crockford's rule), digits of any script read as ASCII; nil unless exactly 12 symbols of the alphabet remain.
    public init?(typed: String) {
        var symbols = ""
        for character in typed.uppercased() where character != " " && character != "-" && character != "\u{00A0}" {
            let mapped: Character =
                switch character {
                case "O": "0"
                case "I", "L": "1"
                default: SpaceSecret.asciiDigit(character) ?? character
                }
            guard Self.alphabet.contains(mapped) else { return nil }
            symbols.append(mapped)
        }
        guard symbols.count == Self.length else { return nil }
        self.symbols = symbols
    }

    /// `K7QM-2XHD-9PFA`: three groups of four, as printed.
    public var description: String {
        let characters = Array(symbols)
        return stride(from: 0, to: characters.count, by: 4).map { String(characters[$0..<$0 + 4]) }
            .joined(separator: "-")
    }

    /// How long a new code opens the space for its first sign-in.
    public static let validityDays = 30
}
