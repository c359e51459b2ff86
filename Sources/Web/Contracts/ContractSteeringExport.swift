import Domain
import Foundation
import Hummingbird
import Services

/// The steering figures of a territory as a file: one row per part (or the territory alone) and a total row,
/// with the credits by source; the same figures as the page.
enum ContractSteeringExport {
    static func rows(_ steering: ContractSteering) -> [[String]] {
        let header =
            [steering.partLabel ?? "Territoire", "Code"] + ContractStatus.allCases.map(ContractText.contracts(in:))
            + ["En vigueur", "Signés dans l'année", "Actions"]
            + FundingSource.allCases.map { "Crédits \(steering.year) \($0.shortLabel) (euros)" }
            + ["Crédits \(steering.year) total (euros)", "Part des signataires du CIR sous contrat"]
        let line = { (name: String, code: String, figures: ContractSteering.Figures) -> [String] in
            [name, code]
                + ContractStatus.allCases.map { String(figures.byStatus[$0] ?? 0) }
                + [String(figures.inForce), String(figures.signedInYear), String(figures.actions)]
                + FundingSource.allCases.map { (figures.credits[$0] ?? .zero).decimal }
                + [figures.totalCredits.decimal, ContractSteeringPage.share(figures)]
        }
        return [header] + steering.parts.map { line($0.name, $0.code, $0.figures) }
            + [line("Total – \(steering.title)", "", steering.figures)]
    }

    static func filename(_ steering: ContractSteering, _ suffix: String) -> String {
        let territory: String
        switch steering.scope {
        case .nation: territory = "france"
        case .region(let code): territory = "region-\(code)"
        case .departement(let code): territory = "departement-\(code)"
        }
        return "parcours-contrats-\(territory)-\(steering.year).\(suffix)"
    }

    /// The rows as a workbook, numbers typed as numbers.
    static func workbook(_ steering: ContractSteering) throws -> Response {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("parcours-\(UUID().uuidString).xlsx")
        defer { try? FileManager.default.removeItem(at: url) }
        let writer = try XLSXWriter(url: url, sheetName: "Contrats")
        let rows = rows(steering)
        try writer.writeHeader(rows[0])
        for row in rows.dropFirst() {
            try writer.writeRow([.text(row[0]), .text(row[1])] + row.dropFirst(2).map(DashboardExport.cell))
        }
        try writer.finish()
        return Response(
            status: .ok,
            headers: [
                .contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                .contentDisposition: "attachment; filename=\"\(filename(steering, "xlsx"))\"",
            ],
            body: .init(byteBuffer: ByteBuffer(bytes: try Data(contentsOf: url)))
        )
    }
}
