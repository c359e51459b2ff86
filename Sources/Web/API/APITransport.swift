import Domain
import Foundation
import HTTPTypes
import Hummingbird
import OpenAPIRuntime

/// Registers the generated API operations as Parcours routes, so each one passes its declared access policy;
/// an operation with no `SiteRoute` stops the application from being built.
struct APITransport: ServerTransport {
    let routes: RouteRegistry

    /// The largest request body the API reads.
    static let maximumBody = 2 * 1024 * 1024

    func register(
        _ handler:
            @escaping @Sendable (HTTPRequest, HTTPBody?, ServerRequestMetadata) async throws -> (
                HTTPResponse, HTTPBody?
            ),
        method: HTTPRequest.Method,
        path: String
    ) throws {
        let pattern = path.replacing(/\{[^}]+\}/, with: ":id")
        guard let route = SiteRoute.allCases.first(where: { $0.method == method && $0.pattern == pattern }) else {
            throw UndeclaredOperation(method: method.rawValue, path: path)
        }
        routes.on(route) { request, context in
            var request = request
            let bytes = try await request.collectBody(upTo: Self.maximumBody)
            let body = HTTPBody(Array(buffer: bytes))
            let parameters = [String: Substring](
                context.parameters.map { (String($0.0), $0.1) },
                uniquingKeysWith: { first, _ in first }
            )
            let (head, responseBody) = try await APIRequestScope.$account.withValue(context.account) {
                try await handler(request.head, body, ServerRequestMetadata(pathParameters: parameters))
            }
            var buffer = ByteBuffer()
            if let responseBody {
                buffer = ByteBuffer(bytes: try await [UInt8](collecting: responseBody, upTo: Self.maximumBody * 8))
            }
            return Response(status: head.status, headers: head.headerFields, body: .init(byteBuffer: buffer))
        }
    }
}

/// An API operation in `openapi.yaml` without a `SiteRoute` declaring its access policy.
struct UndeclaredOperation: Error, CustomStringConvertible {
    let method: String
    let path: String
    var description: String { "L'opération \(method) \(path) n'a pas de politique d'accès déclarée dans SiteRoute." }
}

/// The account an API call acts for, set around each generated handler.
enum APIRequestScope {
    @TaskLocal static var account: AccountSummary?
}
