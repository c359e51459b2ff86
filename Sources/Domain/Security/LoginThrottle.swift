/// When attempts to prove who one is (password, second-factor code, re-authentication) are refused unread: too
/// many recent failures for the account, or from the address. The address limit is higher, because an office
/// behind one address holds many people.
public enum LoginThrottle {
    /// Failures of one account, from any address, within the window.
    public static let failuresPerAccount = 5
    /// Failures from one address, for any accounts, within the window.
    public static let failuresPerAddress = 50
    /// The window, in seconds.
    public static let window: Double = 15 * 60

    /// Recent failures counted for one attempt.
    public struct Counts: Sendable, Equatable {
        public let account: Int
        public let address: Int

        public init(account: Int, address: Int) {
            self.account = account
            self.address = address
        }
    }

    /// Whether an attempt with these recent failures is refused before it is checked.
    public static func refuses(_ counts: Counts) -> Bool {
        counts.account >= failuresPerAccount || counts.address >= failuresPerAddress
    }

    /// The French message of a refusal.
    public static let message =
        "Trop de tentatives de connexion infructueuses. Par sécurité, réessayez dans 15 minutes "
        + "ou demandez à l'administrateur de réinitialiser votre mot de passe."
}
