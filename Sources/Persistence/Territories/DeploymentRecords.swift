import Domain
import SQLKit

/// SQL for the AGIR deployment date of each département.
public enum DeploymentRecords {
    /// Sets (or clears, with nil) the date AGIR was deployed in a département.
    public static func set(_ day: CalendarDay?, departementCode: String, in sql: any SQLDatabase) async throws {
        try await sql.raw(
            "UPDATE departements SET agir_deployed_on = \(bind: day?.iso) WHERE code = \(bind: departementCode)"
        ).run()
    }
}
