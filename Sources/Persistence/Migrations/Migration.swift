import SQLKit

/// One numbered, append-only change to the schema or its reference data.
public struct Migration: Sendable {
    public let number: Int
    public let name: String
    let apply: @Sendable (any SQLDatabase, DatabaseKind) async throws -> Void

    init(_ number: Int, _ name: String, apply: @escaping @Sendable (any SQLDatabase, DatabaseKind) async throws -> Void)
    {
        self.number = number
        self.name = name
        self.apply = apply
    }

    /// A migration made of DDL statements that read the same on both engines.
    init(_ number: Int, _ name: String, statements: [String]) {
        self.init(number, name) { sql, _ in
            for statement in statements {
                try await sql.raw("\(unsafeRaw: statement)").run()
            }
        }
    }
}

/// A migration that cannot go on, with a French message saying which row stopped it.
struct MigrationError: Error, CustomStringConvertible {
    let description: String

    init(_ description: String) { self.description = description }
}
