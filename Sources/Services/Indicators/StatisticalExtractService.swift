import Domain
import Persistence

/// Starts the weekly pseudonymised extract for the ministry's statistics service: who may, which salt, and the
/// audit event saying who took how many rows.
public struct StatisticalExtractService: Sendable {
    let environment: ServiceEnvironment

    public init(environment: ServiceEnvironment) { self.environment = environment }

    /// The name of the pseudonyms' salt among the platform secrets.
    public static let saltName = "extrait_statistique.sel"
    /// The persons read per query: enough to keep the queries few, few enough to keep memory flat.
    public static let pageSize = 2_000

    /// Authorises the actor (national steering, or nil for the command line, run by whoever operates the server),
    /// counts the persons in support on `day` (today when nil) and writes the audit event before any row leaves.
    public func start(
        on day: CalendarDay? = nil,
        actor: AccountSummary?,
        pageSize: Int = pageSize
    ) async throws -> StatisticalExtract {
        if let actor, !NationalSteeringOnly().admits(actor.role) { throw DomainError.forbidden }
        let day = day ?? environment.time.todayInMetropolitanFrance()
        let salt = try await environment.platformSecret(named: Self.saltName)
        let count = try await environment.database.write { sql in
            let count = try await StatisticalExtractQueries.count(on: day, in: sql)
            let entry = AuditEntry(
                actor: actor,
                action: AuditAction.statisticalExtract.rawValue,
                recordType: "extrait_statistique",
                recordID: day.iso,
                changes: [AuditChange("lignes", before: nil, after: String(count))]
            )
            try await environment.appendAudit(entry, in: sql)
            return count
        }
        return StatisticalExtract(
            day: day,
            rowCount: count,
            pseudonymiser: Pseudonymiser(salt: salt),
            database: environment.database,
            pageSize: max(1, pageSize)
        )
    }
}
