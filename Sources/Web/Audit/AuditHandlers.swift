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
        let (filter, errors) = AuditQuery.read(request)
        let found = try await AuditService(environment: environment).search(
            filter,
            viewer: account,
            page: QueryInput(request).page(),
            size: 50
        )
        let html = AuditPage.render(
            filter: filter,
            events: found.events,
            page: Page(requested: found.page, size: 50, total: found.total),
            errors: errors,
            context: PageContext(request: request, context: context)
        )
        return HTMLResponse.make(html, status: errors.isEmpty ? .ok : .unprocessableContent)
    }

    /// Every event matching the filter as a CSV file for French spreadsheets (UTF-8 with BOM, `;`), streamed a page at
    /// a time: the whole log, however long, in flat memory.
    @Sendable func export(_ request: Request, context: AppRequestContext) async throws -> Response {
        let account = try context.requireAccount(request)
        let (filter, errors) = AuditQuery.read(request)
        guard errors.isEmpty else { throw DomainError.invalid(errors) }
        // Refused before the first byte, so that a refusal is a plain page.
        _ = try AuditService.scoped(filter, viewer: account)
        let service = AuditService(environment: environment)
        return Response(
            status: .ok,
            headers: CSVFile.headers(filename: "journal-audit.csv"),
            body: ResponseBody { writer in
                try await writer.write(ByteBuffer(bytes: CSVFile.byteOrderMark + CSVFile.lines([Self.header])))
                try await service.export(filter, viewer: account) { events in
                    try await writer.write(ByteBuffer(bytes: CSVFile.newline + CSVFile.lines(events.map(Self.row))))
                }
                try await writer.finish(nil)
            }
        )
    }

    static let header = [
        "numero", "date_utc", "compte", "role", "organisation", "action", "type_objet", "id_objet", "id_personne",
        "changements", "empreinte",
    ]

    static func row(_ event: StoredAuditEvent) -> [String] {
        [
            String(event.seq), event.occurredAt, event.accountEmail ?? "système", event.role ?? "",
            event.organisationID ?? "", event.action, event.recordType, event.recordID, event.personID ?? "",
            AuditText.changes(event.changes), event.hash,
        ]
    }
}
