import Domain
import Services

/// The indicators of a meeting's territory as its dashboard shows them to the recorder today (the last twelve months,
/// small counts hidden), kept with the meeting: the one place that turns a dashboard into snapshot lines.
public enum MeetingSnapshot {
    public static func indicators(
        environment: ServiceEnvironment,
        actor: AccountSummary
    ) async throws -> [(code: String, label: String, value: String)] {
        let (scope, code) = try MeetingService(environment: environment).territory(of: actor)
        let dashboard = try await IndicatorService(environment: environment).dashboard(
            scope: scope == .departement ? .departement(code) : .region(code),
            period: "12m",
            actor: actor
        )
        return IndicatorCatalogue.all.map { indicator in
            (indicator.code, indicator.label, PublishedColumn(indicator, parts: [], total: dashboard.total).total)
        }
    }
}
