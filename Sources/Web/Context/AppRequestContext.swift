import Domain
import Hummingbird
import Logging
import Services

/// The per-request state: who is signed in, the CSRF token for forms, and a flash message to show once.
public struct AppRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// The signed-in account, or nil for an anonymous visitor.
    public var account: AccountSummary?
    /// The token every form of this page must send back.
    public var csrfToken: String = ""
    /// A one-time message from the previous request (after a redirect).
    public var flash: Flash?
    /// The secret token of the session cookie, when there is a session.
    public var sessionToken: String?
    /// An account whose password was right and whose second factor is awaited (not signed in yet).
    public var pendingSecondFactor: AccountSummary?
    /// The account was authenticated by a bearer API token (no cookie: CSRF does not apply).
    public var authenticatedByToken = false
    /// The signed-in account must enrol a second factor before using anything else.
    public var mustEnrolSecondFactor = false
    /// The client's address, for throttling and `/metrics`: the peer's, or the one a trusted reverse proxy
    /// forwarded (`ClientAddressMiddleware`); "inconnue" when the transport has none.
    public var remoteAddress: String
    /// The address of the connection's other end (the proxy, behind one).
    public let peerAddress: String
    /// The request claims to be forwarded (`X-Forwarded-For` or `Forwarded`) by a peer that is not a trusted proxy.
    public var forwardedByUntrustedPeer = false
    /// The largest body this request's route accepts, set from `SiteRoute.bodyLimit` (`BodyLimitMiddleware`).
    public var maxUploadSize = BodyLimit.form
    /// The signed-in account's password was set by someone else: it must change it before using anything else.
    public var mustChangePassword = false
    /// The account's scope in words ("Rhône (69)", "Auvergne-Rhône-Alpes"), for the page header.
    public var scopeLabel: String?
    /// A person signed in to their space (or choosing their secret), on the space's pages only.
    public var space: SpaceSession?
    /// The secret token of the space's session cookie, when there is one.
    public var spaceToken: String?
    /// The language remembered in the space's language cookie.
    public var spaceLanguage: SpaceLanguage?

    public init(source: Source) {
        self.coreContext = .init(source: source)
        self.peerAddress = source.channel.remoteAddress?.ipAddress ?? "inconnue"
        self.remoteAddress = peerAddress
    }
}

/// A one-time message shown at the top of the next page.
public struct Flash: Sendable, Equatable {
    public enum Kind: String, Sendable { case success, info, error }
    public let kind: Kind
    public let message: String

    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }
}
