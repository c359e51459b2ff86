import Domain
import Foundation
import Hummingbird
import Persistence
import Plot
import Services

/// The data protection officer's page: search the audit log by person, account, action and period.
enum AuditPage {
    static func render(
        filter: AuditFilter,
        events: [StoredAuditEvent],
        page: Page,
        errors: FieldErrors,
        context: PageContext
    ) -> HTML {
        let query = AuditQuery.parameters(filter)
        return Layout.page(
            title: "Journal d'audit",
            page: context,
            breadcrumbs: [
                Breadcrumb(label: "Accueil", route: .home), Breadcrumb(label: "Journal d'audit", route: nil),
            ],
            main: .group(
                .h1(.text("Journal d'audit")),
                .p(
                    .text(
                        "Chaque modification et chaque consultation d'un dossier y sont inscrites. Les valeurs personnelles sont masquées. Les événements sont chaînés par empreinte : « parcours audit verify » détecte toute altération."
                    )
                ),
                FormField.errorSummary(errors),
                .form(
                    .method(.get),
                    .action(SiteRoute.audit.path),
                    .class("search-form"),
                    .attribute(named: "role", value: "search"),
                    FormField.input(
                        name: "personne",
                        label: "Identifiant de personne",
                        value: filter.personID,
                        errors: errors
                    ),
                    FormField.input(
                        name: "compte",
                        label: "Adresse e-mail du compte",
                        type: .email,
                        value: filter.accountEmail,
                        errors: errors
                    ),
                    FormField.select(
                        name: "action",
                        label: "Action",
                        options: AuditAction.allCases.map { ($0.rawValue, $0.label) },
                        selected: filter.action,
                        placeholder: "— Toutes les actions —",
                        errors: errors
                    ),
                    FormField.input(name: "du", label: "Du", type: .date, value: filter.from, errors: errors),
                    FormField.input(name: "au", label: "Au", type: .date, value: filter.to, errors: errors),
                    .button(.type(.submit), .class("button"), .text("Rechercher"))
                ),
                .p(
                    .text(page.total == 1 ? "1 événement. " : "\(page.total) événements. "),
                    .a(.href(SiteRoute.auditExport.path(query: query)), .text("Exporter ces événements (CSV)"))
                ),
                events.isEmpty
                    ? EmptyState.node("Aucun événement ne correspond à ces critères.")
                    : DataTable.node(
                        caption: "Événements, du plus récent au plus ancien",
                        columns: ["N°", "Date (UTC)", "Compte", "Action", "Objet", "Changements"],
                        rows: events.map { event in
                            [
                                DataTable.header(String(event.seq)), DataTable.cell(event.occurredAt),
                                DataTable.cell(AuditText.actor(event)), DataTable.cell(AuditText.action(event.action)),
                                DataTable.cell("\(event.recordType) \(event.recordID)"),
                                DataTable.cell(AuditText.changes(event.changes)),
                            ]
                        }
                    ),
                Pagination.node(page, route: .audit, query: query)
            )
        )
    }
}

/// Audit events in words.
enum AuditText {
    static func actor(_ event: StoredAuditEvent) -> String {
        guard let email = event.accountEmail else { return "Système (ligne de commande)" }
        let role = event.role.flatMap(Role.init(rawValue:))?.label
        return role.map { "\(email) (\($0))" } ?? email
    }

    static func action(_ code: String) -> String { AuditAction(rawValue: code)?.label ?? code }

    /// "nom : « A » → « B » ; actif : « oui » → « non »".
    static func changes(_ json: String) -> String {
        guard let changes = try? JSONDecoder().decode([AuditChange].self, from: Data(json.utf8)), !changes.isEmpty
        else { return "–" }
        return changes.map { "\($0.field) : « \($0.before ?? "") » → « \($0.after ?? "") »" }.joined(separator: " ; ")
    }
}

/// The audit filter as query parameters and back.
enum AuditQuery {
    static func parameters(_ filter: AuditFilter) -> [(String, String)] {
        [
            ("personne", filter.personID), ("compte", filter.accountEmail), ("action", filter.action),
            ("du", filter.from), ("au", filter.to),
        ]
        .filter { !$0.1.isEmpty }
    }

    /// Reads the filter from a request's query (`AuditService` keeps it within the viewer's reach).
    static func read(_ request: Request) -> (AuditFilter, FieldErrors) {
        let query = QueryInput(request)
        return read { query.text($0) }
    }

    /// Reads the filter from query values; dates must be `YYYY-MM-DD`.
    static func read(_ value: (String) -> String) -> (AuditFilter, FieldErrors) {
        var errors = FieldErrors()
        var filter = AuditFilter(
            personID: value("personne"),
            accountEmail: value("compte").lowercased(),
            action: value("action")
        )
        for (field, keyPath) in [("du", \AuditFilter.from), ("au", \AuditFilter.to)] {
            let text = value(field)
            if text.isEmpty { continue }
            if CalendarDay(iso: text) == nil {
                errors.add(field, "Saisissez une date au format AAAA-MM-JJ, par exemple 2026-11-27.")
            } else {
                filter[keyPath: keyPath] = text
            }
        }
        return (filter, errors)
    }
}
