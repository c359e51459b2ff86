import Domain
import Foundation
import Hummingbird
import Persistence
import SafeHTML
import Services

/// The data protection officer's page: search the audit log by person, account, action and period.
enum AuditPage {
    static func render(
        filter: AuditFilter,
        events: [StoredAuditEvent],
        page: Page,
        people: [AuditPersonMatch]?,
        errors: FieldErrors,
        context: PageContext
    ) -> HTML {
        let query = AuditQuery.parameters(filter)
        let zone = context.account.map { LocalTime.of($0) } ?? .metropolitan
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
                        name: "nom",
                        label: "Nom d'une personne",
                        type: .search,
                        value: filter.personName,
                        hint: "Pour une demande d'accès : toutes les graphies proches sont cherchées.",
                        errors: errors
                    ),
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
                .unwrap(people) { AuditText.people($0, name: filter.personName) },
                .if(
                    !filter.recordID.isEmpty,
                    .p(
                        .text("Événements de : \(AuditFieldNames.record(filter.recordType)) \(filter.recordID). "),
                        .a(.href(SiteRoute.audit.path), .text("Revenir à tout le journal"))
                    )
                ),
                .p(
                    .id("resultats"),
                    .attribute(named: "tabindex", value: "-1"),
                    .text(FrenchNumber.count(page.total, "événement") + ". "),
                    .a(.href(SiteRoute.auditExport.path(query: query)), .text("Exporter ces événements (CSV)"))
                ),
                events.isEmpty
                    ? EmptyState.node("Aucun événement ne correspond à ces critères.")
                    : DataTable.node(
                        caption: "Événements, du plus récent au plus ancien",
                        columns: [
                            "N°", "Date (\(AuditText.zoneName(zone)))", "Compte", "Action", "Objet", "Changements",
                        ],
                        rows: events.map { event in
                            [
                                DataTable.header(String(event.seq)),
                                DataTable.cell(AuditText.localTime(event.occurredAt, zone: zone)),
                                DataTable.cell(AuditText.actor(event)), DataTable.cell(AuditText.action(event.action)),
                                .td(
                                    .a(
                                        .href(
                                            SiteRoute.audit.path(query: [
                                                ("objet", "\(event.recordType):\(event.recordID)")
                                            ])
                                        ),
                                        .text("\(AuditFieldNames.record(event.recordType)) \(event.recordID)")
                                    ),
                                    .unwrap(event.personID) { person in
                                        .group(
                                            .br(),
                                            .a(
                                                .href(SiteRoute.audit.path(query: [("personne", person)])),
                                                .text("Personne \(person)")
                                            )
                                        )
                                    }
                                ),
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

    /// "Nom : « A » → « B » ; Éligible : « oui »", with the fields' French names.
    static func changes(_ json: String) -> String {
        guard let changes = try? JSONDecoder().decode([AuditChange].self, from: Data(json.utf8)), !changes.isEmpty
        else { return "–" }
        return changes.map { change in
            let label = AuditFieldNames.label(change.field)
            guard let before = change.before else { return "\(label) : « \(change.after ?? "") »" }
            return "\(label) : « \(before) » → « \(change.after ?? "") »"
        }.joined(separator: " ; ")
    }

    /// "heure de Paris", or the offset of an overseas zone.
    static func zoneName(_ zone: LocalTime) -> String {
        switch zone {
        case .metropolitan: "heure de Paris"
        case .fixed(let minutes): "heure locale, UTC\(minutes >= 0 ? "+" : "−")\(abs(minutes) / 60)"
        }
    }

    /// "27 novembre 2026 à 14:30:05" from a stored UTC instant.
    static func localTime(_ stored: String, zone: LocalTime) -> String {
        guard let instant = Timestamp.parse(stored) else { return stored }
        let clock = zone.clock(of: instant)
        let seconds = Int(instant.timeIntervalSince1970.rounded(.down)) % 60
        return "\(zone.day(of: instant).french) à "
            + String(format: "%02d:%02d:%02d", clock.hour, clock.minute, seconds)
    }

    /// The people a name search found, each a link to their events.
    static func people(_ people: [AuditPersonMatch], name: String) -> Node<HTML.BodyContext> {
        .section(
            .attribute(named: "aria-labelledby", value: "personnes-trouvees"),
            .h2(
                .id("personnes-trouvees"),
                .text(
                    people.isEmpty
                        ? "Aucune personne ne porte un nom proche de « \(name) »"
                        : "Personnes au nom proche de « \(name) » : \(FrenchNumber.count(people.count, "fiche"))"
                )
            ),
            .if(
                !people.isEmpty,
                .ul(
                    .forEach(people) { person in
                        .li(
                            .a(
                                .href(SiteRoute.audit.path(query: [("personne", person.personID)])),
                                .text(
                                    person.documentNames
                                        + (person.usualNames.isEmpty ? "" : " (« \(person.usualNames) »)")
                                        + ", née ou né en \(person.birthYear), département \(person.departement)"
                                )
                            )
                        )
                    }
                )
            ),
            .p(
                .class("hint"),
                .text(
                    "Les événements ci-dessous concernent ces personnes ou leur ménage ; ouvrez une fiche pour ne voir que "
                        + "les événements qui la nomment."
                )
            )
        )
    }
}

/// The audit filter as query parameters and back.
enum AuditQuery {
    static func parameters(_ filter: AuditFilter) -> [(String, String)] {
        [
            ("nom", filter.personName), ("personne", filter.personID), ("compte", filter.accountEmail),
            ("action", filter.action), ("du", filter.from), ("au", filter.to),
            ("objet", filter.recordID.isEmpty ? "" : "\(filter.recordType):\(filter.recordID)"),
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
        filter.personName = value("nom")
        let record = value("objet").split(separator: ":", maxSplits: 1)
        if record.count == 2 {
            filter.recordType = String(record[0])
            filter.recordID = String(record[1])
        }
        for (field, keyPath) in [("du", \AuditFilter.from), ("au", \AuditFilter.to)] {
            let text = value(field)
            if text.isEmpty { continue }
            if let day = errors.day(text, field: field) { filter[keyPath: keyPath] = day.iso }
        }
        if !filter.from.isEmpty, !filter.to.isEmpty, filter.from > filter.to {
            errors.add("au", "La date de fin est avant la date de début : inversez-les ou corrigez l'une d'elles.")
        }
        return (filter, errors)
    }
}
