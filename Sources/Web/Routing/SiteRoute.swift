import Hummingbird

/// Every page and endpoint of Parcours: routes are registered from here and links are printed from here.
public enum SiteRoute: Hashable, Sendable, CaseIterable {
    case root
    case login
    case logout
    case home
    case referenceData
    case communeSearch
    case communeSuggestions
    case countries
    case accessibility
    case healthz
    case readyz
    case metrics

    /// The path, as registered with the router and written in links.
    public var path: String {
        switch self {
        case .root: "/"
        case .login: "/connexion"
        case .logout: "/deconnexion"
        case .home: "/accueil"
        case .referenceData: "/referentiels"
        case .communeSearch: "/referentiels/communes"
        case .communeSuggestions: "/referentiels/communes.json"
        case .countries: "/referentiels/pays"
        case .accessibility: "/accessibilite"
        case .healthz: "/healthz"
        case .readyz: "/readyz"
        case .metrics: "/metrics"
        }
    }

    /// The path as the router matches it.
    var routerPath: RouterPath { RouterPath(path) }

    /// The path with a query string, for links that carry parameters.
    public func path(query: [(String, String)]) -> String {
        guard !query.isEmpty else { return path }
        return path + "?" + query.map { "\(FormData.encode($0.0))=\(FormData.encode($0.1))" }.joined(separator: "&")
    }

    /// Whether an anonymous visitor may use this route; every other route needs a signed-in account.
    public var isPublic: Bool {
        switch self {
        case .root, .login, .accessibility, .healthz, .readyz, .metrics: true
        case .logout, .home, .referenceData, .communeSearch, .communeSuggestions, .countries: false
        }
    }

    /// The path of a static file (stylesheet, script) served with long-lived cache headers.
    public static func asset(_ name: String) -> String { "/static/\(name)?v=\(assetVersion)" }

    /// Bumped when a static file changes, so that browsers fetch the new one despite caching.
    static let assetVersion = "1"
}
