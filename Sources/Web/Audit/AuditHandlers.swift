import Domain
import Foundation
import Hummingbird
import Persistence
import Services

/// The data protection officer's audit pages: search and CSV export.
struct AuditHandlers {
    let environment: ServiceEnvironment

    func register(on routes: RouteRegistry) {
        routes.on(.audit, use: search)
        routes.on(.auditExport, use: export)
    }

    /// Events matching the filter, fifty per page.
    @Sendable func search(_ request: Request, context: AppRequestContext) async throws -> Response {
        let (filter, errors) = AuditQuery.read(request, viewer: try context.requireAccount(request))
        let (events, page) = try await environment.database.read { sql in
            let total = try await AuditRecords.count(filter, in: sql)
            let page = Page(requested: QueryInput(request).page(), size: 50, total: total)
            let events = try await AuditRecords.search(filter, limit: page.size, offset: page.offset, in: sql)
            return (events, page)
        }
        let html = AuditPage.render(
            filter: filter,
            events: events,
            page: page,
            errors: errors,
            context: PageContext(request: request, context: context)
        )
        return HTMLResponse.make(html, status: errors.isEmpty ? .ok : .unprocessableContent)
    }

    /// Events matching the filter as a CSV file for French spreadsheets (UTF-8 with BOM, `;` separator).
    @Sendable func export(_ request: Request, context: AppRequestContext) async throws -> Response {
        let viewer = try context.requireAccount(request)
        let (filter, errors) = AuditQuery.read(request, viewer: viewer)
        guard errors.isEmpty else { throw DomainError.invalid(errors) }
        let events = try await AuditService(environment: environment).export(filter, actor: viewer, limit: 100_000)
        let header = [
            "numero", "date_utc", "compte", "role", "organisation", "action", "type_objet", "id_objet", "id_personne",
            "changements", "empreinte",
        ]
        let rows: [[String]] = events.map { event in
            let account: String = event.accountEmail ?? "système"
            let role: String = event.role ?? ""
            let organisation: String = event.organisationID ?? ""
            let person: String = event.personID ?? ""
            return [
                String(event.seq), event.occurredAt, account, role, organisation, event.action, event.recordType,
                event.recordID, person, AuditText.changes(event.changes), event.hash,
            ]
        }
        return CSVFile.response(rows: [header] + rows, filename: "journal-audit.csv")
    }
}
