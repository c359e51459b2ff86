import Foundation

/// One line of the benchmark table: an operation, its latency, and its floor measured in the same run.
struct BenchRow: Sendable {
    let name: String
    let measured: Percentiles
    let floorName: String
    let floor: Percentiles
    /// The bar of the design brief for the p95, in milliseconds, when there is one.
    let bar: Double?

    /// The p95 over the floor's p95.
    var ratio: Double { floor.p95 > 0 ? measured.p95 / floor.p95 : 0 }

    /// The row in a Markdown table.
    var markdown: String {
        let barText = bar.map { measured.p95 <= $0 ? "≤ \(Self.ms($0)) ✔" : "≤ \(Self.ms($0)) ✘" } ?? "–"
        return "| \(name) | \(Self.ms(measured.p50)) | \(Self.ms(measured.p95)) | \(Self.ms(measured.p99)) | "
            + "\(floorName) | \(Self.ms(floor.p95)) | \(Self.ratioText(ratio)) | \(barText) |"
    }

    /// The header of the Markdown table.
    static let header = """
        | Opération | p50 (ms) | p95 (ms) | p99 (ms) | Plancher mesuré | p95 plancher (ms) | Ratio p95 | Seuil p95 |
        |---|---:|---:|---:|---|---:|---:|---|
        """

    static func ms(_ value: Double) -> String {
        value < 10 ? String(format: "%.2f", value) : String(format: "%.1f", value)
    }

    static func ratioText(_ value: Double) -> String { String(format: "× %.1f", value) }
}
