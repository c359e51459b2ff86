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
        let account = try context.requireAccount(request)
        let (typed, errors) = AuditQuery.read(request, viewer: account)
        var filter = typed
        let people = errors.isEmpty ? try await resolvePeople(&filter, actor: account) : nil
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
            people: people,
            errors: errors,
            context: PageContext(request: request, context: context)
        )
        return HTMLResponse.make(html, status: errors.isEmpty ? .ok : .unprocessableContent)
    }

    /// The people a name in the filter stands for, kept in the filter; nil when no name was typed.
    private func resolvePeople(_ filter: inout AuditFilter, actor: AccountSummary) async throws -> [AuditPersonMatch]? {
        guard !filter.personName.isEmpty else { return nil }
        let found = try await AuditPersonSearch(environment: environment).people(named: filter.personName, actor: actor)
        // No one of that name: no event either (an empty list of people must not mean "everyone").
        filter.personIDs = found.isEmpty ? ["-"] : found.map(\.personID)
        filter.householdIDs = Array(Set(found.map(\.householdID))).sorted()
        return found
    }

    /// Events matching the filter as a CSV file for French spreadsheets (UTF-8 with BOM, `;` separator).
    @Sendable func export(_ request: Request, context: AppRequestContext) async throws -> Response {
        let viewer = try context.requireAccount(request)
        let (typed, errors) = AuditQuery.read(request, viewer: viewer)
        var filter = typed
        guard errors.isEmpty else { throw DomainError.invalid(errors) }
        _ = try await resolvePeople(&filter, actor: viewer)
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
