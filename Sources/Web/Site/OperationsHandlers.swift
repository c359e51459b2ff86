import Hummingbird
import Persistence
import Prometheus

/// Liveness, readiness and metrics for operators and load balancers.
struct OperationsHandlers {
    let database: any Database
    let registry: PrometheusCollectorRegistry
    /// Addresses that may read `/metrics`.
    let metricsAllowed: [AddressRange]
    /// The token that opens `/metrics` from anywhere, if any.
    let metricsToken: String?

    func register(on routes: RouteRegistry) {
        routes.on(.healthz, use: healthz)
        routes.on(.readyz, use: readyz)
        routes.on(.metrics, use: metrics)
    }

    /// The process is alive.
    @Sendable func healthz(_ request: Request, context: AppRequestContext) async throws -> Response {
        Self.text("ok\n", status: .ok)
    }

    /// The database answers: this instance can serve requests.
    @Sendable func readyz(_ request: Request, context: AppRequestContext) async throws -> Response {
        do {
            _ = try await database.read { try await $0.raw("SELECT 1 AS one").first() }
            return Self.text("prêt\n", status: .ok)
        } catch {
            context.logger.warning("Base de données injoignable", metadata: ["error": "\(error)"])
            return Self.text("base de données injoignable\n", status: .serviceUnavailable)
        }
    }

    /// Prometheus metrics in the text exposition format, for the allowed addresses or the holder of the metrics
    /// token: they tell request counts per route, which a stranger has no business reading.
    @Sendable func metrics(_ request: Request, context: AppRequestContext) async throws -> Response {
        guard mayReadMetrics(request, context) else { throw WebError.metricsRefused }
        var buffer: [UInt8] = []
        registry.emit(into: &buffer)
        return Response(
            status: .ok,
            headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8"],
            body: .init(byteBuffer: ByteBuffer(bytes: buffer))
        )
    }

    /// The metrics token, compared in constant time; or an allowed address reached directly (a request that
    /// claims to be forwarded by a peer that is not a trusted proxy is refused: behind an undeclared proxy on the
    /// same machine, every visitor would look local).
    func mayReadMetrics(_ request: Request, _ context: AppRequestContext) -> Bool {
        if let metricsToken, let header = request.headers[.authorization] {
            return CSRFMiddleware.constantTimeEquals(header, "Bearer " + metricsToken)
        }
        return !context.forwardedByUntrustedPeer && metricsAllowed.contains { $0.contains(context.remoteAddress) }
    }

    private static func text(_ body: String, status: HTTPResponse.Status) -> Response {
        Response(
            status: status,
            headers: [.contentType: "text/plain; charset=utf-8"],
            body: .init(byteBuffer: ByteBuffer(string: body))
        )
    }
}
