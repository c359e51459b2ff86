import Domain
import Services

extension AppConfig {
    /// Reads the public address and the SMTP settings (docs/configuration.md, "Courriel"); every problem is added to
    /// `problems`. Credentials are refused over a plain connection to another machine.
    static func parseMail(
        _ value: (Key) -> String?,
        into config: inout AppConfig,
        problems: inout [String]
    ) {
        if let raw = value(.publicURL)?.trimmingCharacters(in: .whitespaces), !raw.isEmpty {
            if (raw.hasPrefix("https://") || raw.hasPrefix("http://")) && !raw.contains(" ") && raw.count <= 200 {
                config.publicURL = raw
            } else {
                problems.append("\(Key.publicURL.environmentName) : « \(raw) » n'est pas une adresse http(s)://…")
            }
        }
        guard let host = value(.smtpHost)?.trimmingCharacters(in: .whitespaces), !host.isEmpty else { return }
        var port = 587
        if let raw = value(.smtpPort) {
            if let number = Int(raw.trimmingCharacters(in: .whitespaces)), (1...65535).contains(number) {
                port = number
            } else {
                problems.append("\(Key.smtpPort.environmentName) : « \(raw) » n'est pas un port entre 1 et 65535.")
            }
        }
        var security = SMTPSettings.Security.startTLS
        if let raw = value(.smtpSecurity) {
            if let parsed = SMTPSettings.Security(rawValue: raw.trimmingCharacters(in: .whitespaces).lowercased()) {
                security = parsed
            } else {
                problems.append("\(Key.smtpSecurity.environmentName) : « \(raw) » ; attendu : starttls ou none.")
            }
        }
        let senderRaw = value(.smtpSender) ?? ""
        let sender = MailAddress(senderRaw, name: value(.smtpSenderName) ?? "Parcours")
        if sender == nil {
            problems.append("\(Key.smtpSender.environmentName) : l'adresse d'expédition « \(senderRaw) » est invalide.")
        }
        let username = value(.smtpUsername).flatMap { $0.isEmpty ? nil : $0 }
        let loopback = ["127.0.0.1", "localhost", "::1"].contains(host)
        if username != nil && security == .none && !loopback {
            problems.append(
                "\(Key.smtpUsername.environmentName) : un identifiant SMTP ne circule pas en clair ; "
                    + "\(Key.smtpSecurity.environmentName) doit valoir starttls."
            )
        }
        if let sender {
            config.smtp = SMTPSettings(
                host: host,
                port: port,
                security: security,
                username: username,
                password: value(.smtpPassword),
                sender: sender
            )
        }
    }
}
