/// Password rules after the French security agency's guidance (ANSSI): length counts more than complexity.
public enum PasswordPolicy {
    /// The minimum length: 12 characters, long enough for a passphrase without composition rules.
    public static let minimumLength = 12

    /// A French message saying why the password is refused, or nil when it is acceptable.
    public static func problem(with password: String, email: String) -> String? {
        if password.count < minimumLength {
            return "Le mot de passe doit compter au moins \(minimumLength) caractères ; une phrase de passe convient."
        }
        if Set(password).count < 4 {
            return "Le mot de passe répète trop peu de caractères différents."
        }
        let localPart = email.split(separator: "@").first.map(String.init) ?? email
        if localPart.count >= 3, password.lowercased().contains(localPart.lowercased()) {
            return "Le mot de passe ne doit pas contenir l'identifiant."
        }
        return nil
    }
}
