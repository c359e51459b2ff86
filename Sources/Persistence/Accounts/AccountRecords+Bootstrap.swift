import SQLKit

extension AccountRecords {
    /// Whether the platform has any account yet; on PostgreSQL the accounts table is locked against other writers
    /// until the end of the transaction, so that two first starts at once cannot both find it empty.
    public static func anyExists(lockingFor kind: DatabaseKind, in sql: any SQLDatabase) async throws -> Bool {
        if kind == .postgres { try await sql.raw("LOCK TABLE accounts IN SHARE ROW EXCLUSIVE MODE").run() }
        return try await sql.raw("SELECT 1 AS one FROM accounts LIMIT 1").first() != nil
    }
}
