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
    /// Session lifetimes, password hashing cost, whether named-data roles must use two-factor authentication, the
    /// audit key and the checkpoint file.
    public var security = SecuritySettings()
    /// Reverse proxies whose `X-Forwarded-For` is believed; nobody else's is.
    public var trustedProxies: [AddressRange] = []
    /// Addresses that may read `/metrics` without its token (the machine itself by default).
    public var metricsAllowed: [AddressRange] = AddressRange.loopback
    /// A token that opens `/metrics` from any address (`Authorization: Bearer …`), if set.
    public var metricsToken: String?
    /// The file holding the audit key (hexadecimal), when it is not given directly; see `auditKeyPath`.
    public var auditKeyFile: String?
    /// How often a signed checkpoint of the audit chain is written while serving.
    public var auditCheckpointInterval: Duration = .seconds(60)
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
