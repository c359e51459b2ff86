import Domain
import Persistence

/// The data protection officer's search of a person by name, to answer an access request: the people whose names
/// match the typed one (any spelling the matcher accepts), within the officer's reach. Each search is itself
/// audited, since it reads names.
public struct AuditPersonSearch: Sendable {
    let environment: ServiceEnvironment

    public init(environment: ServiceEnvironment) { self.environment = environment }

    /// The matching people, best first (at most 20); nothing for a name without a word of two letters.
    public func people(named typed: String, actor: AccountSummary) async throws -> [AuditPersonMatch] {
        guard DataProtectionOfficerOnly().admits(actor.role) else { throw DomainError.forbidden }
        let keys = PersonNameMatcher.searchKeys(typed)
        guard !keys.isEmpty else { return [] }
        let departements: [String]? =
            switch actor.scope {
            case .nation: nil
            case .departements(let codes): codes
            case .region(let code):
                try await TerritoryQueries(database: environment.database).departements()
                    .filter { $0.regionCode == code }.map(\.code)
            }
        return try await environment.database.write { sql in
            let found = try await AuditPersonQueries.candidates(keys: keys, departements: departements, in: sql)
                .filter {
                    PersonNameMatcher.namesMatch(typed, $0.documentNames)
                        || PersonNameMatcher.namesMatch(typed, $0.usualNames)
                }
            let entry = AuditEntry(
                actor: actor,
                action: AuditAction.auditPersonSearch.rawValue,
                recordType: "recherche",
                recordID: "nom",
                changes: [AuditChange("resultats", before: nil, after: String(found.count))]
            )
            try await environment.appendAudit(entry, in: sql)
            return Array(found.prefix(20))
        }
    }
}
