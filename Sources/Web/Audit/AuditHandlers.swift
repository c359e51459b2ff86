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
        let (typed, errors) = AuditQuery.read(request)
        var filter = typed
        let people = errors.isEmpty ? try await resolvePeople(&filter, actor: account) : nil
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

    /// Every event matching the filter as a CSV file for French spreadsheets (UTF-8 with BOM, `;`), streamed a page at
    /// a time: the whole log, however long, in flat memory.
    @Sendable func export(_ request: Request, context: AppRequestContext) async throws -> Response {
        let account = try context.requireAccount(request)
        let (typed, errors) = AuditQuery.read(request)
        var filter = typed
        guard errors.isEmpty else { throw DomainError.invalid(errors) }
        // Refused and audited before the first byte, so that a refusal is a plain page.
        _ = try await resolvePeople(&filter, actor: account)
        let export = try await AuditService(environment: environment).export(filter, viewer: account)
        return Response(
            status: .ok,
            headers: CSVFile.headers(filename: "journal-audit.csv"),
            body: ResponseBody { writer in
                try await writer.write(ByteBuffer(bytes: CSVFile.byteOrderMark + CSVFile.lines([Self.header])))
                try await export.stream { events in
                    try await writer.write(ByteBuffer(bytes: CSVFile.newline + CSVFile.lines(events.map(Self.row))))
                }
                try await writer.finish(nil)
            }
        )
    }

    static let header = [
        "numero", "date_utc", "compte", "role", "organisation", "action", "type_objet", "id_objet", "id_personne",
        "changements", "empreinte", "requete",
    ]

    static func row(_ event: StoredAuditEvent) -> [String] {
        [
            String(event.seq), event.occurredAt, event.accountEmail ?? "système", event.role ?? "",
            event.organisationID ?? "", event.action, event.recordType, event.recordID, event.personID ?? "",
            AuditText.changes(event.changes), event.hash, event.requestID ?? "",
        ]
    }
}
