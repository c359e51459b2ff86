import HTTPTypes
import Hummingbird

/// Finds the client's address: the peer's, or — only when the peer is a configured trusted reverse proxy — the
/// last address in `X-Forwarded-For` that is not itself a trusted proxy. Anyone else can write that header, so
/// from any other peer it is ignored (and the request is marked, so that `/metrics` refuses it).
struct ClientAddressMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext
    static let forwardedFor = HTTPField.Name("X-Forwarded-For")!
    static let forwarded = HTTPField.Name("Forwarded")!
    let trustedProxies: [AddressRange]

    func handle(
        _ request: Request,
        context: Context,
        next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        let hops = request.headers[values: Self.forwardedFor].flatMap { $0.split(separator: ",") }.map {
            $0.trimmingCharacters(in: .whitespaces)
        }
        guard !hops.isEmpty || request.headers[Self.forwarded] != nil else { return try await next(request, context) }
        var context = context
        if isTrusted(context.peerAddress), let client = Self.client(hops: hops, trusted: isTrusted) {
            context.remoteAddress = client
        } else if !isTrusted(context.peerAddress) {
            context.forwardedByUntrustedPeer = true
        }
        return try await next(request, context)
    }

    func isTrusted(_ address: String) -> Bool { trustedProxies.contains { $0.contains(address) } }

    /// The client among the forwarded hops, read from the nearest: the first that is not a trusted proxy, or the
    /// farthest when all are. Nil when a hop is not an address (the header is then not believed).
    static func client(hops: [String], trusted: (String) -> Bool) -> String? {
        for hop in hops.reversed() {
            guard AddressRange.bytes(of: hop) != nil else { return nil }
            if !trusted(hop) { return hop }
        }
        return hops.first
    }
}
