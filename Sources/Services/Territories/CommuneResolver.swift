import Domain
import Persistence
import SQLKit

/// Turns what was typed in a commune field into one commune of the allowed départements, or says in French why not
/// (none, or several to choose from): the same reading with or without the suggestions of the script.
public struct CommuneResolver: Sendable {
    let territories: TerritoryQueries

    public init(territories: TerritoryQueries) { self.territories = territories }

    /// What a typed commune comes to.
    public enum Resolution: Sendable, Equatable {
        /// Nothing typed.
        case blank
        case found(Commune)
        /// No commune, or several; the message says which and what to type.
        case problem(String)
    }

    /// Resolves `typed` among the communes of `departements` (every département when nil).
    public func resolve(_ typed: String, departements: Set<String>?) async throws -> Resolution {
        guard let query = CommuneQuery(typed) else { return .blank }
        let found = try await territories.communes(matching: query, departements: departements, limit: 6)
        return Self.resolution(query, found)
    }

    /// `resolve` inside the caller's read or transaction.
    public static func resolve(
        _ typed: String,
        departements: Set<String>?,
        in sql: any SQLDatabase
    ) async throws -> Resolution {
        guard let query = CommuneQuery(typed) else { return .blank }
        let found = try await TerritoryQueries.communes(matching: query, departements: departements, limit: 6, in: sql)
        return resolution(query, found)
    }

    /// What the communes found for a query come to.
    static func resolution(_ query: CommuneQuery, _ found: [Commune]) -> Resolution {
        if found.count == 1 { return .found(found[0]) }
        if found.isEmpty {
            return .problem(
                query.code == nil
                    ? "Aucune commune de ce département ne porte ce nom : vérifiez l'orthographe, par exemple « Villeurbanne »."
                    : "Aucune commune de ce département n'a ce code officiel (INSEE)."
            )
        }
        let names = found.prefix(5).map(\.label).joined(separator: ", ") + (found.count > 5 ? "…" : "")
        return .problem("Plusieurs communes correspondent (\(names)) : précisez le nom ou choisissez une suggestion.")
    }
}
