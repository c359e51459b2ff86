import Hummingbird
import SafeHTML

/// Wraps rendered HTML in a response.
enum HTMLResponse {
    static func make(_ html: HTML, status: HTTPResponse.Status = .ok) -> Response {
        Response(
            status: status,
            headers: [.contentType: "text/html; charset=utf-8"],
            body: .init(byteBuffer: body(html))
        )
    }

    /// The rendered page as the response body.
    static func body(_ html: HTML) -> ByteBuffer { ByteBuffer(bytes: html.renderBytes()) }
}

/// Redirects after a form, with an optional one-time message.
enum RedirectResponse {
    static func to(_ path: String, flash: Flash? = nil, cookies: CookieSettings) -> Response {
        var response = Response.redirect(to: path, type: .normal)
        if let flash { response.setCookie(cookies.cookie(cookies.flash, FlashCookie.encode(flash))) }
        return response
    }
}
