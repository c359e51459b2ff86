import CSV
import Foundation
import Hummingbird

/// CSV files as French spreadsheet users expect them: UTF-8 with a byte-order mark, `;` separator.
enum CSVFile {
    /// A download response holding `rows` (the first row is the header).
    static func response(rows: [[String]], filename: String) throws -> Response {
        let stream = OutputStream(toMemory: ())
        stream.open()
        let writer = try CSVWriter(stream: stream, codecType: UTF8.self, delimiter: ";", newline: .crlf)
        for row in rows { try writer.write(row: row.map(neutralised)) }
        writer.stream.close()
        let written = stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data ?? Data()
        var bytes: [UInt8] = [0xEF, 0xBB, 0xBF]
        bytes.append(contentsOf: written)
        return Response(
            status: .ok,
            headers: [
                .contentType: "text/csv; charset=utf-8",
                .contentDisposition: "attachment; filename=\"\(filename)\"",
            ],
            body: .init(byteBuffer: ByteBuffer(bytes: bytes))
        )
    }

    /// A cell that a spreadsheet would run as a formula is prefixed with an apostrophe (CSV injection).
    static func neutralised(_ value: String) -> String {
        guard let first = value.first, "=+-@\t\r".contains(first) else { return value }
        return "'" + value
    }
}
