import Domain
import SafeHTML
import Services

/// The caseworker's and manager's "to act on" sections of the home page.
enum HomeDigest {
    static func node(_ digest: CaseloadDigest) -> Node<HTML.BodyContext> {
        .group(
            .section(
                .attribute(named: "aria-labelledby", value: "rendez-vous-jour"),
                .h2(.id("rendez-vous-jour"), .text("Rendez-vous du jour")),
                digest.todayAppointments.isEmpty
                    ? EmptyState.node("Aucun rendez-vous aujourd'hui.")
                    : .ul(
                        .forEach(digest.todayAppointments) { appointment in
                            .li(
                                .text("\(appointment.startsAt.frenchTime) – "),
                                .a(
                                    .href(SiteRoute.household(appointment.householdID).path),
                                    .text(appointment.householdName)
                                ),
                                .text(" – \(appointment.place)")
                            )
                        }
                    )
            ),
            .section(
                .attribute(named: "aria-labelledby", value: "echeances"),
                .h2(.id("echeances"), .text("Échéances des 30 prochains jours")),
                digest.deadlines.isEmpty
                    ? EmptyState.node("Aucune échéance dans les 30 prochains jours.")
                    : DataTable.node(
                        caption: "Échéances, les plus proches d'abord",
                        columns: ["Ménage", "Échéance", "Date", "État"],
                        rows: digest.deadlines.map { deadline in
                            [
                                .th(
                                    .attribute(named: "scope", value: "row"),
                                    .a(
                                        .href(SiteRoute.household(deadline.household.id).path),
                                        .text(deadline.household.referenceNames)
                                    )
                                ),
                                DataTable.cell(deadline.label), DataTable.cell(deadline.due.french),
                                DataTable.cell(deadline.status.label),
                            ]
                        }
                    ),
                more(shown: digest.deadlines.count, total: digest.deadlineCount, what: "premières échéances", query: [])
            ),
            .section(
                .attribute(named: "aria-labelledby", value: "actions-retard"),
                .h2(.id("actions-retard"), .text("Actions en retard")),
                digest.overdueActions.isEmpty
                    ? EmptyState.node("Aucune action en retard.")
                    : DataTable.node(
                        caption: "Actions dont l'échéance est passée",
                        columns: ["Ménage", "Action", "Échéance"],
                        rows: digest.overdueActions.map { item in
                            [
                                .th(
                                    .attribute(named: "scope", value: "row"),
                                    .a(
                                        .href(SiteRoute.household(item.household.id).path),
                                        .text(item.household.referenceNames)
                                    )
                                ),
                                DataTable.cell(item.action.description), DataTable.cell(item.action.due?.french ?? "–"),
                            ]
                        }
                    ),
                more(
                    shown: digest.overdueActions.count,
                    total: digest.overdueActionCount,
                    what: "premières actions",
                    query: []
                )
            ),
            .section(
                .attribute(named: "aria-labelledby", value: "affectations"),
                .h2(.id("affectations"), .text("Nouvelles affectations à accueillir")),
                digest.newAssignments.isEmpty
                    ? EmptyState.node("Aucun ménage en attente d'entretien d'accueil.")
                    : .ul(
                        .forEach(digest.newAssignments) { household in
                            .li(
                                .a(.href(SiteRoute.household(household.id).path), .text(household.referenceNames)),
                                .text(household.referralDate.map { " – orienté le \($0.french)" } ?? "")
                            )
                        }
                    ),
                more(
                    shown: digest.newAssignments.count,
                    total: digest.newAssignmentCount,
                    what: "premiers ménages",
                    query: [("etape", "a_accueillir")]
                )
            ),
            .if(
                !digest.unassigned.isEmpty,
                .section(
                    .attribute(named: "aria-labelledby", value: "sans-referent"),
                    .h2(.id("sans-referent"), .text("Ménages reçus par transfert, à affecter")),
                    .ul(
                        .forEach(digest.unassigned) { household in
                            .li(
                                .a(.href(SiteRoute.household(household.id).path), .text(household.referenceNames)),
                                .text(" – \(household.departement)")
                            )
                        }
                    ),
                    more(
                        shown: digest.unassigned.count,
                        total: digest.unassignedCount,
                        what: "premiers ménages",
                        query: [("etape", "sans_referent")]
                    )
                )
            )
        )
    }

    /// Says how many a list left out, with a link to the caseload where they all are.
    static func more(shown: Int, total: Int, what: String, query: [(String, String)]) -> Node<HTML.BodyContext> {
        guard total > shown else { return .empty }
        return .p(
            .text("\(FrenchNumber.grouped(shown)) \(what) sur \(FrenchNumber.grouped(total)) : "),
            .a(.href(SiteRoute.households.path(query: [("tous", "1")] + query)), .text("voir la liste des ménages"))
        )
    }
}
