import Domain
import Persistence
import SafeHTML
import Services

/// The live steering of credits for a territory and a year: allocation → programmed → committed → paid, by
/// sub-action and by part of the territory, committed by theme, the 70 % rule per envelope, overdue reports, cost per
/// person served, with CSV and XLSX exports.
enum SteeringPage {
    static let columns = [
        "Dotation", "Réserve", "Programmé", "AE engagées", "CP payés", "Restes à payer", "Disponible",
    ]

    static func cells(_ totals: LineExecution.Totals) -> [String] {
        [
            totals.allocation.french, totals.reserve.french, totals.programmed.french, totals.committed.french,
            totals.paid.french, totals.remainingToPay.french, totals.available.french,
        ]
    }

    static func render(_ steering: FundingSteering, page: PageContext) -> HTML {
        let title = "Crédits du programme 104 – \(steering.title) – \(steering.year)"
        return Layout.page(
            title: title,
            page: page,
            breadcrumbs: [Breadcrumb(label: "Pilotage", route: .dashboard), Breadcrumb(label: "Crédits", route: nil)],
            main: .group(
                .h1(.text(title)),
                yearNavigation(steering),
                .p(
                    .a(
                        .href(
                            SiteRoute.funding(.steeringCSV(steering.scope.identifier)).path(query: [
                                ("annee", String(steering.year))
                            ])
                        ),
                        .text("Exporter en CSV")
                    ),
                    .text(" · "),
                    .a(
                        .href(
                            SiteRoute.funding(.steeringXLSX(steering.scope.identifier)).path(query: [
                                ("annee", String(steering.year))
                            ])
                        ),
                        .text("Exporter en XLSX")
                    ),
                    .text(" · "),
                    .a(.href(SiteRoute.funding(.chorusCSV).path), .text("Engagements et paiements pour Chorus (CSV)"))
                ),
                section(
                    "execution",
                    "Exécution",
                    .group(
                        table(
                            caption: "Exécution par sous-action (€)",
                            label: "Sous-action",
                            rows: steering.bySubAction,
                            total: steering.total
                        ),
                        .p(
                            .class("hint"),
                            .text(Self.executionNote)
                        )
                    )
                ),
                section(
                    "parties",
                    "Par \(steering.partLabel)",
                    table(
                        caption: "Exécution par \(steering.partLabel) (€)",
                        label: steering.partLabel,
                        rows: steering.byPart,
                        total: steering.total
                    )
                ),
                section("regle-70", "Règle des 70 % (emploi et langue)", seventyPercent(steering)),
                section("thematiques", "AE engagées par thématique", tags(steering)),
                section("cout", "Coût par personne accompagnée", cost(steering)),
                section("retards", "Comptes rendus financiers en retard", overdue(steering))
            )
        )
    }

    /// Why the payments of a year may exceed its commitments: they also pay the grants of earlier years.
    static let executionNote =
        "Les CP payés comptent tous les paiements de l'année, y compris ceux des subventions engagées les années "
        + "précédentes ; les restes à payer portent sur les AE engagées cette année, moins ce qui a déjà été payé sur "
        + "elles. Les CP payés peuvent donc dépasser les AE engagées de l'année."

    static func section(_ id: String, _ title: String, _ content: Node<HTML.BodyContext>) -> Node<HTML.BodyContext> {
        .section(.attribute(named: "aria-labelledby", value: id), .h2(.id(id), .text(title)), content)
    }

    static func yearNavigation(_ steering: FundingSteering) -> Node<HTML.BodyContext> {
        let route: FundingRoute =
            switch steering.scope {
            case .nation: .steeringNation
            case .region(let code): .steeringRegion(code)
            case .departement(let code): .steeringDepartement(code)
            }
        return .nav(
            .attribute(named: "aria-label", value: "Année budgétaire"),
            .ul(
                .class("inline-list"),
                .forEach((steering.year - 2)...(steering.year + 1)) { year in
                    .li(
                        year == steering.year
                            ? .strong(.attribute(named: "aria-current", value: "page"), .text(String(year)))
                            : .a(
                                .href(SiteRoute.funding(route).path(query: [("annee", String(year))])),
                                .text(String(year))
                            )
                    )
                }
            )
        )
    }

    static func table(
        caption: String,
        label: String,
        rows: [FundingSteering.Row],
        total: LineExecution.Totals
    )
        -> Node<HTML.BodyContext>
    {
        guard !rows.isEmpty else { return EmptyState.node("Aucune ligne budgétaire cette année.") }
        return .div(
            .class("table-scroll"),
            .table(
                .class("table"),
                .caption(.text(caption)),
                .thead(
                    .tr(
                        .th(.attribute(named: "scope", value: "col"), .text(label)),
                        .forEach(columns) { .th(.attribute(named: "scope", value: "col"), .text($0)) }
                    )
                ),
                .tbody(
                    .forEach(rows) { row in
                        .tr(
                            .th(
                                .attribute(named: "scope", value: "row"),
                                .unwrap(
                                    row.scope,
                                    { scope in .a(.href(link(scope)), .text(row.label)) },
                                    else: .text(row.label)
                                )
                            ),
                            .forEach(cells(row.totals)) { .td(.class("numeric"), .text($0)) }
                        )
                    }
                ),
                .tfoot(
                    .tr(
                        .th(.attribute(named: "scope", value: "row"), .text("Total")),
                        .forEach(cells(total)) { .td(.class("numeric"), .text($0)) }
                    )
                )
            )
        )
    }

    static func link(_ scope: FundingSteering.Scope) -> String {
        switch scope {
        case .nation: SiteRoute.funding(.steeringNation).path
        case .region(let code): SiteRoute.funding(.steeringRegion(code)).path
        case .departement(let code): SiteRoute.funding(.steeringDepartement(code)).path
        }
    }

    static func seventyPercent(_ steering: FundingSteering) -> Node<HTML.BodyContext> {
        .group(
            .p(
                .class("hint"),
                .text(
                    "Instruction du 26 mars 2024 : au moins 70 % des crédits de l'action 12 vont à l'emploi et à la langue. "
                        + "Mesuré ici sur les AE engagées des subventions de l'action 12 dont une thématique est « emploi » "
                        + "ou « langue », par enveloppe, au centime près."
                )
            ),
            steering.envelopes.isEmpty
                ? EmptyState.node("Aucune subvention de l'action 12 engagée cette année.")
                : DataTable.node(
                    caption: "Part des AE de l'action 12 engagées sur l'emploi et la langue",
                    columns: ["Enveloppe", "AE engagées (action 12)", "dont emploi ou langue", "Part", "État"],
                    rows: steering.envelopes.map { envelope in
                        [
                            DataTable.header(envelope.label), DataTable.cell(envelope.total.french),
                            DataTable.cell(envelope.employmentOrLanguage.french),
                            DataTable.cell(FundingText.percent(basisPoints: envelope.basisPoints)),
                            .td(.class("status-\(envelope.status.rawValue)"), .text(envelope.status.label)),
                        ]
                    }
                )
        )
    }

    static func tags(_ steering: FundingSteering) -> Node<HTML.BodyContext> {
        steering.committedGrants == .zero
            ? EmptyState.node("Aucune subvention engagée cette année.")
            : DataTable.node(
                caption: "AE engagées par thématique (une subvention à deux thématiques compte dans chacune)",
                columns: ["Thématique", "AE engagées", "Part des AE engagées"],
                rows: steering.byTag.map { entry in
                    [
                        DataTable.header(entry.tag.label), DataTable.cell(entry.committed.french),
                        DataTable.cell(
                            FundingText.percent(
                                basisPoints: Money.basisPoints(entry.committed, of: steering.committedGrants)
                            )
                        ),
                    ]
                }
            )
    }

    static func cost(_ steering: FundingSteering) -> Node<HTML.BodyContext> {
        guard let cost = steering.costPerPerson else {
            return EmptyState.node("Aucun compte rendu déposé ne déclare encore de personnes accompagnées.")
        }
        return .p(
            .text(
                "\(cost.french) par personne : \(steering.costBase.granted.french) engagés sur les subventions dont un compte "
                    + "rendu est déposé, pour \(FrenchNumber.grouped(steering.costBase.people)) personnes déclarées."
            )
        )
    }

    /// How many overdue reports the page lists, the latest due first.
    static let shownOverdue = 200

    static func overdue(_ steering: FundingSteering) -> Node<HTML.BodyContext> {
        steering.overdue.isEmpty
            ? EmptyState.node("Aucun compte rendu en retard.")
            : DataTable.node(
                caption: FrenchNumber.count(steering.overdue.count, "compte rendu", plural: "comptes rendus")
                    + " dont l'échéance est passée, toutes années"
                    + (steering.overdue.count > shownOverdue
                        ? " ; les \(shownOverdue) dont l'échéance est la plus récente sont listés" : ""),
                columns: ["Subvention", "Association", "Exercice clos le", "Échéance", "Retard"],
                rows: steering.overdue.prefix(shownOverdue).map { late in
                    [
                        DataTable.header(late.grant.number), DataTable.cell(late.grant.organisationName),
                        DataTable.cell(late.year.end.french), DataTable.cell(late.year.reportDue.french),
                        DataTable.cell("\(late.daysLate) jour\(late.daysLate > 1 ? "s" : "")"),
                    ]
                }
            )
    }
}
