import Domain
import Persistence
import SafeHTML
import Services

/// The association's funding screens: its page (open calls, applications, reports owed) and one application.
enum ApplicantPages {
    static func overview(_ overview: ApplicantOverview, page: PageContext) -> HTML {
        let owed = overview.files.flatMap { file in
            file.reportStatuses.filter { $0.status == .due || $0.status == .overdue }.map { (file, $0) }
        }
        return Layout.page(
            title: "Mes demandes de subvention",
            page: page,
            breadcrumbs: [Breadcrumb(label: "Accueil", route: .home), Breadcrumb(label: "Subventions", route: nil)],
            main: .group(
                .h1(.text("Demandes de subvention – \(overview.organisation.name)")),
                .if(
                    !owed.isEmpty,
                    .section(
                        .class("notice notice-warning"),
                        .attribute(named: "aria-labelledby", value: "comptes-rendus-dus"),
                        .h2(.id("comptes-rendus-dus"), .text("Comptes rendus financiers à déposer")),
                        .ul(
                            .forEach(owed) { file, entry in
                                .li(
                                    .a(
                                        .href(SiteRoute.funding(.application(file.application.id)).path),
                                        .text("\(file.application.number ?? "") – \(file.application.title)")
                                    ),
                                    .text(
                                        " : exercice clos le \(entry.year.end.french), à déposer au plus tard le "
                                            + "\(entry.year.reportDue.french)"
                                            + (entry.status == .overdue ? " (en retard)." : ".")
                                    )
                                )
                            }
                        ),
                        .p(.text("Aucune nouvelle demande ne peut être déposée tant qu'un compte rendu est attendu."))
                    )
                ),
                .section(
                    .attribute(named: "aria-labelledby", value: "appels-ouverts"),
                    .h2(.id("appels-ouverts"), .text("Appels à projets ouverts")),
                    overview.openCalls.isEmpty
                        ? EmptyState.node("Aucun appel à projets n'est ouvert aujourd'hui.")
                        : .ul(
                            .class("card-list"),
                            .forEach(overview.openCalls) { call in
                                .li(
                                    .class("card"),
                                    .h3(
                                        .a(
                                            .href(SiteRoute.funding(.publicCall(call.id)).path),
                                            .text(call.content.title)
                                        )
                                    ),
                                    .p(.text("\(call.organisationName) · clôture le \(call.content.closesOn.french)")),
                                    .form(
                                        .method(.post),
                                        .action(SiteRoute.funding(.start).path),
                                        CSRFField.node(page.csrfToken),
                                        FundingFields.hidden("callID", call.id),
                                        .button(
                                            .type(.submit),
                                            .class("button"),
                                            .text("Commencer une demande"),
                                            .attribute(
                                                named: "aria-label",
                                                value: "Commencer une demande pour « \(call.content.title) »"
                                            )
                                        )
                                    )
                                )
                            }
                        )
                ),
                .section(
                    .attribute(named: "aria-labelledby", value: "mes-demandes"),
                    .h2(.id("mes-demandes"), .text("Mes demandes")),
                    overview.files.isEmpty
                        ? EmptyState.node("Aucune demande pour l'instant.")
                        : DataTable.node(
                            caption: "Demandes de l'association, les plus récentes d'abord",
                            columns: ["Demande", "Appel à projets", "État", "Demandé", "Accordé"],
                            rows: overview.files.map { file in
                                [
                                    DataTable.link(
                                        file.application.number
                                            ?? "Brouillon – \(file.application.title.isEmpty ? "sans titre" : file.application.title)",
                                        SiteRoute.funding(.application(file.application.id)).path
                                    ),
                                    DataTable.cell(file.call.content.title),
                                    DataTable.cell(FundingStatusText.of(file)),
                                    DataTable.cell(file.application.requested.french),
                                    DataTable.cell(FundingText.money(file.application.granted)),
                                ]
                            }
                        )
                )
            )
        )
    }
}

/// The status of an application in one phrase: its instruction status, or its grant's stage.
enum FundingStatusText {
    static func of(_ file: ApplicationFile) -> String {
        file.stage?.label ?? file.application.status.label
    }
}
