import Logging
import Persistence
import Services

/// Every setting of a Parcours server, parsed and checked once at start-up.
public struct AppConfig: Sendable {
    /// The address the HTTP server listens on.
    public var host: String = "127.0.0.1"
    /// The TCP port the HTTP server listens on.
    public var port: Int = 8080
    /// The database, as one URL.
    public var database: DatabaseURL = .sqliteFile(path: "var/parcours.sqlite")
    /// How much the server logs.
    public var logLevel: Logger.Level = .info
    /// Cookies carry the Secure flag (set when served behind TLS).
    public var secureCookies: Bool = false
    /// Session lifetimes, password hashing cost and whether named-data roles must use two-factor authentication.
    public var security = SecuritySettings()
    /// The address of Parcours as the public reaches it, for the links of e-mails (nil: `http://host:port`).
    public var publicURL: String?
    /// The SMTP server of outgoing mail; nil keeps messages in the outbox until one is set.
    public var smtp: SMTPSettings?

    /// The public address without a trailing slash.
    public var publicBaseURL: String {
        let url = publicURL ?? "http://\(host == "0.0.0.0" ? "127.0.0.1" : host):\(port)"
        return url.hasSuffix("/") ? String(url.dropLast()) : url
    }

    public init() {}
}
