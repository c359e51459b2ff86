import Domain
import Foundation
import Hummingbird
import Services

/// The comparison table of a dashboard as a file: the same published (suppressed) figures as the page.
enum DashboardExport {
    /// The header and one row per part, then the total.
    static func rows(_ dashboard: Dashboard) -> [[String]] {
        let columns = DashboardPage.columns(dashboard)
        var rows = [[dashboard.partLabel] + DashboardPage.compared.map(\.label)]
        for (index, part) in dashboard.parts.enumerated() {
            rows.append([part.name] + columns.map { $0.cells[index] })
        }
        rows.append(["Total"] + columns.map(\.total))
        return rows
    }

    /// "parcours-indicateurs-france-12m.csv".
    static func filename(_ dashboard: Dashboard, _ suffix: String) -> String {
        let territory: String
        switch dashboard.scope {
        case .nation: territory = "france"
        case .region(let code): territory = "region-\(code)"
        case .departement(let code): territory = "departement-\(code)"
        }
        return "parcours-indicateurs-\(territory)-\(dashboard.period.parameter).\(suffix)"
    }

    /// The table as a real workbook with typed numeric cells (hidden cells stay as the text "< 5").
    static func workbook(_ dashboard: Dashboard) throws -> Response {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("parcours-\(UUID().uuidString).xlsx")
        defer { try? FileManager.default.removeItem(at: url) }
        let writer = try XLSXWriter(url: url, sheetName: "Indicateurs")
        let rows = rows(dashboard)
        try writer.writeHeader(rows[0])
        for row in rows.dropFirst() {
            try writer.writeRow([.text(row[0])] + row.dropFirst().map(cell))
        }
        try writer.finish()
        let data = try Data(contentsOf: url)
        return Response(
            status: .ok,
            headers: [
                .contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                .contentDisposition: Attachment.disposition(filename: filename(dashboard, "xlsx")),
            ],
            body: .init(byteBuffer: ByteBuffer(bytes: data))
        )
    }

    /// A published text as a typed cell: "12 345" and "72,5 %" become numbers, anything else stays text.
    static func cell(_ text: String) -> XLSXCell {
        let digits = text.replacingOccurrences(of: "\u{202F}", with: "").replacingOccurrences(of: " ", with: "")
            .replacingOccurrences(of: "%", with: "").replacingOccurrences(of: "j", with: "")
            .replacingOccurrences(of: ",", with: ".")
        if let integer = Int(digits) { return .integer(integer) }
        if let number = Double(digits) { return .number(number) }
        return .text(text)
    }
}
