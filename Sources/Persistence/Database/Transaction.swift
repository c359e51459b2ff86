import SQLKit

/// Whether the current task is inside a write transaction, so that slow work that must never hold the writer
/// (password hashing) can refuse to run there.
public enum TransactionScope {
    @TaskLocal public static var isOpen = false
}

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
            let result = try await TransactionScope.$isOpen.withValue(true) { try await body(sql) }
            try await sql.raw("COMMIT").run()
            return result
        } catch {
            try? await sql.raw("ROLLBACK").run()
            throw error
        }
    }
}
