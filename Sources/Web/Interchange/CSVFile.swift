import Foundation
import Hummingbird

/// CSV files as French spreadsheet users expect them: UTF-8 with a byte-order mark, `;` separator, CRLF, RFC 4180
/// quoting. Written here rather than with CSV.swift's writer, which spent half the time of a national extract
/// (ADR 0004); CSV.swift still reads the reference data.
enum CSVFile {
    /// The UTF-8 byte-order mark that opens every file, so that spreadsheets read the accents right.
    static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]
    /// The end of a line; `lines` puts one between rows, so a file written in pieces ends each piece with one.
    static let newline: [UInt8] = [0x0D, 0x0A]

    /// The headers of a CSV download named `filename`.
    static func headers(filename: String) -> HTTPFields {
        [.contentType: "text/csv; charset=utf-8", .contentDisposition: Attachment.disposition(filename: filename)]
    }

    /// A download response holding `rows` (the first row is the header).
    static func response(rows: [[String]], filename: String) -> Response {
        Response(
            status: .ok,
            headers: headers(filename: filename),
            body: .init(byteBuffer: ByteBuffer(bytes: byteOrderMark + lines(rows)))
        )
    }

    /// The lines of `rows` separated by CRLF, without the byte-order mark: a streamed file writes it once, then its
    /// pages' lines.
    static func lines(_ rows: [[String]]) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(rows.count * 128)
        for (index, row) in rows.enumerated() {
            if index > 0 { bytes += newline }
            for (column, value) in row.enumerated() {
                if column > 0 { bytes.append(separator) }
                append(neutralised(value), to: &bytes)
            }
        }
        return bytes
    }

    static let separator = UInt8(ascii: ";")
    static let quote = UInt8(ascii: "\"")

    /// A field as RFC 4180 writes it: between double quotes, inner quotes doubled, when it holds the separator, a
    /// quote or a line break; as is otherwise.
    static func append(_ value: String, to bytes: inout [UInt8]) {
        let utf8 = value.utf8
        let needsQuotes = utf8.contains { $0 == separator || $0 == quote || $0 == 0x0A || $0 == 0x0D }
        guard needsQuotes else {
            bytes += utf8
            return
        }
        bytes.append(quote)
        for byte in utf8 {
            if byte == quote { bytes.append(quote) }
            bytes.append(byte)
        }
        bytes.append(quote)
    }

    /// A cell that a spreadsheet would run as a formula is prefixed with an apostrophe (CSV injection).
    static func neutralised(_ value: String) -> String {
        FormulaInjection.isRisky(value) ? "'" + value : value
    }
}
