import SQLKit

/// The size of the measured database, printed with the table.
struct BenchCounts: Sendable {
    let values: [(label: String, count: Int)]

    /// Counts the main tables.
    static func read(in sql: any SQLDatabase) async throws -> BenchCounts {
        var values: [(String, Int)] = []
        for (label, table) in [
            ("ménages", "households"), ("personnes", "persons"), ("entretiens", "contacts"),
            ("actions du plan", "plan_actions"), ("jalons", "milestones"), ("comptes", "accounts"),
        ] {
            let count = try await sql.raw("SELECT COUNT(*) AS n FROM \(unsafeRaw: table)").first()?.decode(
                column: "n",
                as: Int.self
            )
            values.append((label, count ?? 0))
        }
        return BenchCounts(values: values)
    }

    /// "60 000 ménages, 150 000 personnes…".
    var text: String {
        values.map { "\($0.count.formatted(.number.locale(.init(identifier: "fr_FR")))) \($0.label)" }
            .joined(separator: ", ")
    }
}
