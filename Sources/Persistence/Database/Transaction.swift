import SQLKit

/// Runs work between BEGIN and COMMIT, rolling back if it throws: all of it is written, or none of it.
enum Transaction {
    static func run<T>(
        on sql: any SQLDatabase,
        begin: String,
        _ body: (any SQLDatabase) async throws -> T
    ) async throws
        -> T
    {
        try await sql.raw("\(unsafeRaw: begin)").run()
        do {
            let result = try await body(sql)
            try await sql.raw("COMMIT").run()
            return result
        } catch {
            try? await sql.raw("ROLLBACK").run()
            throw error
        }
    }
}
