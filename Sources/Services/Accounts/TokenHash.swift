import Crypto

/// The SHA-256 of a secret token in hexadecimal, as stored instead of the token.
public enum TokenHash {
    public static func of(_ token: String) -> String {
        SHA256.hash(data: Array(token.utf8)).map { byte in
            let hex = String(byte, radix: 16)
            return byte < 16 ? "0" + hex : hex
        }.joined()
    }
}
