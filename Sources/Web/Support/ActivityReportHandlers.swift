import Domain
import Hummingbird
import Services

/// The operator's monthly activity report, as a page and as a CSV file.
struct ActivityReportHandlers {
    let environment: ServiceEnvironment

    func register(on routes: RouteRegistry) {
        routes.on(.activityReport, use: page)
        routes.on(.activityReportCSV, use: csv)
    }

    /// The report of the chosen month (the current month by default).
    @Sendable func page(_ request: Request, context: AppRequestContext) async throws -> Response {
        let account = try context.requireAccount(request)
        let month = Self.month(request, default: environment.time.today(for: account))
        do {
            let activity = try await ActivityReportService(environment: environment).report(
                month: month,
                actor: account
            )
            return HTMLResponse.make(
                ActivityReportPage.render(
                    activity,
                    month: month,
                    errors: FieldErrors(),
                    page: PageContext(request: request, context: context)
                )
            )
        } catch DomainError.invalid(let errors) {
            return HTMLResponse.make(
                ActivityReportPage.render(
                    nil,
                    month: month,
                    errors: errors,
                    page: PageContext(request: request, context: context)
                ),
                status: .unprocessableContent
            )
        }
    }

    /// The same report as a CSV file for French spreadsheets; the export is audited.
    @Sendable func csv(_ request: Request, context: AppRequestContext) async throws -> Response {
        let account = try context.requireAccount(request)
        let month = Self.month(request, default: environment.time.today(for: account))
        let activity = try await ActivityReportService(environment: environment).export(month: month, actor: account)
        let rows = [["indicateur", "valeur"]] + ActivityReportPage.lines(activity).map { [$0.label, $0.value] }
        return CSVFile.response(rows: rows, filename: "rapport-\(activity.month).csv")
    }

    static func month(_ request: Request, default today: CalendarDay) -> String {
        let typed = QueryInput(request).text("mois")
        return typed.isEmpty ? String(today.iso.prefix(7)) : typed
    }
}
