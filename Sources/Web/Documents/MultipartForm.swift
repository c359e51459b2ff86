import Foundation
import HTTPTypes
import Hummingbird
import MultipartKit
import Services

/// The fields and files of a `multipart/form-data` body, parsed by multipart-kit (ADR 0015).
struct MultipartForm: Sendable {
    /// An uploaded file: the name the browser gave (never trusted for the type) and its bytes.
    struct File: Sendable {
        let fileName: String
        let bytes: [UInt8]
    }

    private(set) var fields: [String: String] = [:]
    private(set) var files: [String: File] = [:]

    /// The first value of a text field, "" when absent.
    subscript(_ name: String) -> String { fields[name] ?? "" }

    /// Parses a body whose `Content-Type` carries the boundary; nil when it is not multipart or cannot be read.
    static func parse(_ body: ByteBuffer, contentType: String) -> MultipartForm? {
        guard let boundary = boundary(of: contentType) else { return nil }
        let parser = MultipartParser(boundary: boundary)
        var parts: [(headers: [(String, String)], body: [UInt8])] = []
        var headers: [(String, String)] = []
        var bytes: [UInt8] = []
        parser.onHeader = { name, value in headers.append((name, value)) }
        parser.onBody = { buffer in bytes += buffer.readBytes(length: buffer.readableBytes) ?? [] }
        parser.onPartComplete = {
            parts.append((headers, bytes))
            headers = []
            bytes = []
        }
        do { try parser.execute(body) } catch { return nil }
        var form = MultipartForm()
        for part in parts {
            guard let disposition = part.headers.first(where: { $0.0.lowercased() == "content-disposition" })?.1,
                let name = parameter("name", in: disposition)
            else { continue }
            if let fileName = parameter("filename", in: disposition) {
                if form.files[name] == nil { form.files[name] = File(fileName: fileName, bytes: part.body) }
            } else if form.fields[name] == nil {
                form.fields[name] = String(decoding: part.body, as: UTF8.self)
            }
        }
        return form
    }

    /// The boundary of `multipart/form-data; boundary=…`, quoted or not.
    static func boundary(of contentType: String) -> String? {
        guard contentType.lowercased().hasPrefix("multipart/form-data") else { return nil }
        return parameter("boundary", in: contentType).flatMap { (1...70).contains($0.count) ? $0 : nil }
    }

    /// A parameter of a header value such as `form-data; name="pieceFile"; filename="statuts.pdf"`.
    static func parameter(_ key: String, in header: String) -> String? {
        for piece in header.split(separator: ";").dropFirst() {
            let pair = piece.split(separator: "=", maxSplits: 1)
            guard pair.count == 2, pair[0].trimmingCharacters(in: .whitespaces).lowercased() == key else { continue }
            var value = pair[1].trimmingCharacters(in: .whitespaces)
            if value.hasPrefix("\""), value.hasSuffix("\""), value.count >= 2 {
                value = String(value.dropFirst().dropLast())
            }
            return value
        }
        return nil
    }
}

extension SiteRoute {
    /// Whether the route receives a file.
    var acceptsUpload: Bool {
        if case .funding(let route) = self { route.acceptsUpload } else { false }
    }
}

/// Sends a stored document with a safe name, as an attachment, never rendered inline.
enum DocumentResponse {
    static func make(_ download: Services.DocumentDownload) -> Response {
        let document = download.document
        return Response(
            status: .ok,
            headers: [
                .contentType: document.mediaType.rawValue,
                .contentDisposition: "attachment; filename=\"\(document.fileName)\"",
                .cacheControl: "private, no-store",
                HTTPField.Name("X-Content-Type-Options")!: "nosniff",
            ],
            body: .init(byteBuffer: ByteBuffer(bytes: download.bytes))
        )
    }
}
