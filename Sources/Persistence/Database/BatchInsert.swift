import SQLKit

/// Inserts many rows with multi-row INSERT statements, a few hundred rows at a time.
enum BatchInsert {
    /// A value bound into an INSERT: text, integer, boolean or NULL.
    typealias Value = (any Encodable & Sendable)?

    static func run<Row>(
        _ sql: any SQLDatabase,
        table: String,
        columns: [String],
        rows: [Row],
        batchSize: Int = 400,
        values: (Row) -> [Value]
    ) async throws {
        var start = 0
        while start < rows.count {
            let end = min(start + batchSize, rows.count)
            var builder = sql.insert(into: table).columns(columns)
            for row in rows[start..<end] {
                builder = builder.values(
                    values(row).map { value -> any SQLExpression in
                        if let value { SQLBind(value) } else { SQLLiteral.null }
                    }
                )
            }
            try await builder.run()
            start = end
        }
    }
}
