import Hummingbird
import Prometheus

/// Counts requests and measures their duration by route and status, for `/metrics`.
struct RequestMetricsMiddleware<Context: RequestContext>: RouterMiddleware {
    let registry: PrometheusCollectorRegistry
    static var requests: MetricNameDescriptor {
        MetricNameDescriptor(
            namespace: "parcours",
            subsystem: "http",
            metricName: "requests",
            unitName: "total",
            helpText: "Requêtes HTTP servies, par méthode, route et statut."
        )
    }
    static var duration: MetricNameDescriptor {
        MetricNameDescriptor(
            namespace: "parcours",
            subsystem: "http",
            metricName: "request_duration",
            unitName: "seconds",
            helpText: "Durée de traitement des requêtes HTTP, par route."
        )
    }

    func handle(
        _ request: Request,
        context: Context,
        next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        let start = ContinuousClock.now
        var status = 500
        defer {
            let route = context.endpointPath ?? "inconnue"
            let labels = [("method", request.method.rawValue), ("route", route), ("status", String(status))]
            registry.makeCounter(descriptor: Self.requests, labels: labels).increment()
            registry.makeDurationHistogram(
                descriptor: Self.duration,
                labels: [("route", route)],
                buckets: [
                    .milliseconds(5), .milliseconds(15), .milliseconds(50), .milliseconds(150), .milliseconds(500),
                    .seconds(2),
                ]
            ).recordNanoseconds((ContinuousClock.now - start).nanoseconds)
        }
        let response = try await next(request, context)
        status = response.status.code
        return response
    }
}

extension Duration {
    /// The duration in whole nanoseconds.
    var nanoseconds: Int64 {
        components.seconds * 1_000_000_000 + components.attoseconds / 1_000_000_000
    }
}
