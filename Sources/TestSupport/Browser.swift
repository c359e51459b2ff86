import Domain
import Foundation
import Hummingbird
import HummingbirdTesting
import SampleData
import Services

/// A test client that keeps cookies like a browser and fills in the CSRF token of the last page it read.
public final class Browser: @unchecked Sendable {
    let client: any TestClientProtocol
    private var cookies: [String: String] = [:]
    /// The CSRF token found in the last HTML page received.
    public private(set) var csrfToken: String?
    /// Headers added to every request, such as `X-Forwarded-For`.
    public var extraHeaders: HTTPFields = [:]

    init(client: any TestClientProtocol) { self.client = client }

    /// GETs a path, as a page (or as JSON when `json` is true).
    @discardableResult
    public func get(_ path: String, json: Bool = false) async throws -> TestResponse {
        var headers: HTTPFields = [:]
        headers[.accept] = json ? "application/json" : "text/html"
        return try await send(path, method: .get, headers: headers, body: nil)
    }

    /// Sends a HEAD request, as a page.
    @discardableResult
    public func head(_ path: String) async throws -> TestResponse {
        var headers: HTTPFields = [:]
        headers[.accept] = "text/html"
        return try await send(path, method: .head, headers: headers, body: nil)
    }

    /// POSTs a raw body of a content type (for oversized or malformed bodies), with the session's cookies.
    @discardableResult
    public func post(
        _ path: String,
        body: String,
        contentType: String,
        accept: String = "text/html"
    ) async throws
        -> TestResponse
    {
        var headers: HTTPFields = [:]
        headers[.contentType] = contentType
        headers[.accept] = accept
        return try await send(path, method: .post, headers: headers, body: ByteBuffer(string: body))
    }

    /// POSTs a form; the CSRF token of the last page is added unless `csrf` is given (pass "" to omit it).
    @discardableResult
    public func post(_ path: String, form: [(String, String)], csrf: String? = nil) async throws -> TestResponse {
        var fields = form
        let token = csrf ?? csrfToken ?? ""
        if !token.isEmpty { fields.append(("_csrf", token)) }
        let body = fields.map { "\(Self.encode($0.0))=\(Self.encode($0.1))" }.joined(separator: "&")
        var headers: HTTPFields = [:]
        headers[.contentType] = "application/x-www-form-urlencoded"
        headers[.accept] = "text/html"
        return try await send(path, method: .post, headers: headers, body: ByteBuffer(string: body))
    }

    /// POSTs a multipart form with one file, as a browser sends an upload; the CSRF token of the last page is added.
    @discardableResult
    public func postFile(
        _ path: String,
        form: [(String, String)],
        file: (field: String, name: String, type: String, bytes: [UInt8])
    ) async throws -> TestResponse {
        let boundary = "----parcours-test-boundary"
        var body: [UInt8] = []
        for (name, value) in form + [("_csrf", csrfToken ?? "")] {
            body += Array("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n".utf8)
        }
        body += Array(
            "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(file.field)\"; filename=\"\(file.name)\"\r\n"
                .utf8
        )
        body += Array("Content-Type: \(file.type)\r\n\r\n".utf8) + file.bytes + Array("\r\n--\(boundary)--\r\n".utf8)
        var headers: HTTPFields = [:]
        headers[.contentType] = "multipart/form-data; boundary=\(boundary)"
        headers[.accept] = "text/html"
        return try await send(path, method: .post, headers: headers, body: ByteBuffer(bytes: body))
    }

    /// Signs in as the demo account of a role; returns the response to the login form.
    @discardableResult
    public func login(as role: Role, password: String = DemoDepartement.password) async throws -> TestResponse {
        try await login(email: DemoDepartement.email(for: role), password: password)
    }

    /// Signs in with an e-mail address and a password; returns the response to the login form.
    @discardableResult
    public func login(email: String, password: String) async throws -> TestResponse {
        try await get("/connexion")
        let response = try await post("/connexion", form: [("email", email), ("password", password)])
        // Like a browser, follow the redirect: the landing page carries the session's CSRF token.
        if response.status == .seeOther, let location = response.location { try await get(location) }
        return response
    }

    /// Calls the API without cookies, with a bearer token when given.
    public func api(
        _ path: String,
        token: String?,
        method: HTTPRequest.Method = .get,
        json: String? = nil
    ) async throws
        -> TestResponse
    {
        var headers = extraHeaders
        headers[.accept] = "application/json"
        if let token { headers[.authorization] = "Bearer \(token)" }
        if json != nil { headers[.contentType] = "application/json" }
        return try await client.executeRequest(
            uri: path,
            method: method,
            headers: headers,
            body: json.map { ByteBuffer(string: $0) }
        )
    }

    /// Whether the browser holds a cookie with this name.
    public func hasCookie(_ name: String) -> Bool { cookies[name] != nil }

    private func send(
        _ path: String,
        method: HTTPRequest.Method,
        headers: HTTPFields,
        body: ByteBuffer?
    ) async throws -> TestResponse {
        var headers = headers
        headers.append(contentsOf: extraHeaders)
        if !cookies.isEmpty {
            headers[.cookie] = cookies.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(
                separator: "; "
            )
        }
        let response = try await client.executeRequest(uri: path, method: method, headers: headers, body: body)
        for header in response.headers[values: .setCookie] {
            guard let pair = header.split(separator: ";").first else { continue }
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = String(parts[0]).trimmingCharacters(in: .whitespaces)
            let value = parts.count > 1 ? String(parts[1]) : ""
            if value.isEmpty || header.contains("Max-Age=0") { cookies[name] = nil } else { cookies[name] = value }
        }
        let text = String(buffer: response.body)
        if let range = text.range(of: "name=\"_csrf\" value=\"") {
            let rest = text[range.upperBound...]
            csrfToken = rest.prefix { $0 != "\"" }.description
        }
        return response
    }

    private static func encode(_ value: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return value.addingPercentEncoding(withAllowedCharacters: allowed) ?? value
    }
}

extension TestResponse {
    /// The body as text.
    public var text: String { String(buffer: body) }
    /// The Location header of a redirect.
    public var location: String? { headers[.location] }
}
