import Domain

/// How Parcours reaches its SMTP server (docs/configuration.md, "Courriel").
public struct SMTPSettings: Sendable, Equatable {
    /// Whether the connection is upgraded to TLS with STARTTLS before anything else is sent.
    public enum Security: String, Sendable, CaseIterable {
        /// Plain text: only for a relay on the same machine or in a trusted network.
        case none
        /// STARTTLS required: the message is never sent if the server does not offer it.
        case startTLS = "starttls"
    }

    public var host: String
    public var port: Int
    public var security: Security
    public var username: String?
    public var password: String?
    /// The sender of every message ("From").
    public var sender: MailAddress
    /// The name Parcours gives itself in EHLO.
    public var heloName: String
    /// The most a whole SMTP session may take.
    public var timeout: Duration

    public init(
        host: String,
        port: Int = 25,
        security: Security = .startTLS,
        username: String? = nil,
        password: String? = nil,
        sender: MailAddress,
        heloName: String = "parcours.localhost",
        timeout: Duration = .seconds(30)
    ) {
        self.host = host
        self.port = port
        self.security = security
        self.username = username
        self.password = password
        self.sender = sender
        self.heloName = heloName
        self.timeout = timeout
    }
}
