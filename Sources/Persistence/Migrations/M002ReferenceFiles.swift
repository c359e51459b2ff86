import CSV
import Domain
import Foundation

/// The reference files migration 2 loads, parsed once per process. Live code that needs a shipped file as such (the
/// arrondissements of contracts, the EPCI of the synthetic seed) reads them here too, never the other way round.
struct M002ReferenceFiles: Sendable {
    struct Row: Sendable {
        let fields: [String: String]
        subscript(_ column: String) -> String { fields[column] ?? "" }
    }

    let regions: [Row]
    let departements: [Row]
    let communes: [Row]
    let qpv: [Row]
    let countries: [Row]
    let deployments: [Row]

    /// The dataset, read from the module's resources on first use.
    static let shared: M002ReferenceFiles = {
        do {
            return M002ReferenceFiles(
                regions: try read("regions"),
                departements: try read("departements"),
                communes: try read("communes"),
                qpv: try read("qpv"),
                countries: try read("countries"),
                deployments: try read("agir_deploiement")
            )
        } catch {
            // The files ship inside the binary's resource bundle; their absence is a broken build, not bad input.
            preconditionFailure("reference data unreadable: \(error)")
        }
    }()

    private static func read(_ name: String) throws -> [Row] {
        guard let url = Bundle.module.url(forResource: name, withExtension: "csv", subdirectory: "ReferenceData") else {
            throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: "ReferenceData/\(name).csv"])
        }
        let reader = try CSVReader(string: try String(contentsOf: url, encoding: .utf8), hasHeaderRow: true)
        let header = reader.headerRow ?? []
        var rows: [Row] = []
        while let values = reader.next() {
            rows.append(Row(fields: Dictionary(uniqueKeysWithValues: zip(header, values))))
        }
        return rows
    }
}
