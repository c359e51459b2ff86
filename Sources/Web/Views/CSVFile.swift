import CSV
import Foundation
import Hummingbird

/// CSV files as French spreadsheet users expect them: UTF-8 with a byte-order mark, `;` separator.
enum CSVFile {
    /// The UTF-8 byte-order mark that opens every file, so that spreadsheets read the accents right.
    static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]
    /// The end of a line; the writer puts one between rows, so a file written in pieces ends each piece with one.
    static let newline: [UInt8] = [0x0D, 0x0A]

    /// The headers of a CSV download named `filename`.
    static func headers(filename: String) -> HTTPFields {
        [.contentType: "text/csv; charset=utf-8", .contentDisposition: "attachment; filename=\"\(filename)\""]
    }

    /// A download response holding `rows` (the first row is the header).
    static func response(rows: [[String]], filename: String) throws -> Response {
        Response(
            status: .ok,
            headers: headers(filename: filename),
            body: .init(byteBuffer: ByteBuffer(bytes: byteOrderMark + (try lines(rows))))
        )
    }

    /// The lines of `rows`, without the byte-order mark: a streamed file writes it once, then its pages' lines.
    static func lines(_ rows: [[String]]) throws -> [UInt8] {
        let stream = OutputStream(toMemory: ())
        stream.open()
        let writer = try CSVWriter(stream: stream, codecType: UTF8.self, delimiter: ";", newline: .crlf)
        for row in rows { try writer.write(row: row.map(neutralised)) }
        writer.stream.close()
        return [UInt8](stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data ?? Data())
    }

    /// A cell that a spreadsheet would run as a formula is prefixed with an apostrophe (CSV injection).
    static func neutralised(_ value: String) -> String {
        guard let first = value.first, "=+-@\t\r".contains(first) else { return value }
        return "'" + value
    }
}
