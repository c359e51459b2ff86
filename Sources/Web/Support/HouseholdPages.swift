import Domain
import Persistence
import Plot
import Services

/// The caseload list and the household file.
enum HouseholdPages {
    /// Households per page of the caseload list.
    static let pageSize = 50

    static func list(
        _ households: [HouseholdSummary],
        listPage: Page,
        caseloads counts: [(caseworker: String?, count: Int)],
        filter: HouseholdFilter,
        mine: Bool,
        today: CalendarDay,
        page: PageContext
    ) -> HTML {
        Layout.page(
            title: "Ménages",
            page: page,
            breadcrumbs: [Breadcrumb(label: "Accueil", route: .home), Breadcrumb(label: "Ménages", route: nil)],
            main: .group(
                .h1(.text(mine ? "Mes ménages" : "Ménages de l'organisation")),
                .p(
                    .a(
                        .href(mine ? SiteRoute.households.path(query: [("tous", "1")]) : SiteRoute.households.path),
                        .text(mine ? "Voir tous les ménages de l'organisation" : "Voir seulement mes ménages")
                    )
                ),
                .if(!counts.isEmpty, caseloads(counts)),
                filterForm(filter, mine: mine),
                households.isEmpty
                    ? EmptyState.node(
                        !filter.isEmpty
                            ? "Aucun ménage ne correspond à ces critères."
                            : mine ? "Aucun ménage ne vous est confié pour le moment." : "Aucun ménage pour le moment."
                    )
                    : DataTable.node(
                        caption: listPage.pageCount > 1
                            ? "\(listPage.total) ménage(s), page \(listPage.number) sur \(listPage.pageCount)"
                            : "\(listPage.total) ménage(s)",
                        columns: [
                            "Personne de référence", "Née ou né en", "Orienté le", "Référent", "Contrat d'engagement",
                        ],
                        rows: households.map { household in
                            [
                                .th(
                                    .attribute(named: "scope", value: "row"),
                                    .a(.href(SiteRoute.household(household.id).path), .text(household.referenceNames))
                                ),
                                DataTable.cell(String(household.birthYear)),
                                DataTable.cell(household.referralDate?.french ?? "–"),
                                DataTable.cell(household.caseworkerName ?? "Non affecté"),
                                DataTable.cell(deadline(household.cirSignatureDate, today: today)),
                            ]
                        }
                    ),
                Pagination.node(listPage, route: .households, query: filterQuery(filter, mine: mine))
            )
        )
    }

    static func file(
        _ file: HouseholdService.File,
        today: CalendarDay,
        state: HouseholdSupportSections.FormState,
        page: PageContext
    ) -> HTML {
        let household = file.household
        return Layout.page(
            title: "Ménage \(household.referenceNames)",
            page: page,
            breadcrumbs: [
                Breadcrumb(label: "Accueil", route: .home), Breadcrumb(label: "Ménages", route: .households),
                Breadcrumb(label: household.referenceNames, route: nil),
            ],
            main: .group(
                .h1(.text("Ménage de \(household.referenceNames)")),
                .p(
                    .class("hint"),
                    .text(
                        "Ne saisissez jamais de récit d'asile dans Parcours. Chaque ouverture de ce dossier est inscrite au journal d'audit."
                    )
                ),
                .dl(
                    .class("details"),
                    .dt(.text("Département")),
                    .dd(.text(household.departement)),
                    .dt(.text("Référent")),
                    .dd(.text(household.caseworkerName ?? "Non affecté")),
                    .dt(.text("Orienté le")),
                    .dd(.text(household.referralDate?.french ?? "–"))
                ),
                DataTable.node(
                    caption: "Membres du ménage",
                    columns: [
                        "Noms (documents)", "Graphies usuelles", "Naissance", "Nationalité", "Protection",
                        "CIR signé le",
                    ],
                    rows: file.members.map { member in
                        [
                            DataTable.header(member.documentNames + " (" + relationLabel(member) + ")"),
                            DataTable.cell(member.usualNames.ifEmpty("–")),
                            DataTable.cell(birth(member)), DataTable.cell(member.nationality),
                            DataTable.cell(
                                member.protection.flatMap(ProtectionKind.init(rawValue:))
                                    .map {
                                        "\($0.label.capitalizedFirst)\(member.protectionDate.map { " le \($0.french)" } ?? "")"
                                    } ?? "Aucune"
                            ),
                            DataTable.cell(member.cirSignatureDate?.french ?? "Non signé"),
                        ]
                    }
                ),
                FormField.errorSummary(state.errors),
                PersonSection.node(file, state: state, page: page),
                HouseholdSupportSections.milestones(file, today: today, state: state, page: page),
                SituationSection.node(file, today: today, state: state, page: page),
                DiagnosisSection.node(file, state: state, page: page),
                PlanSection.node(file, partners: state.partners, today: today, state: state, page: page),
                AppointmentSection.node(file, appointments: state.appointments, today: today, state: state, page: page),
                NewcomerHouseholdSection.node(
                    state.spaces,
                    appointments: state.appointments,
                    canWrite: state.canWrite,
                    page: page
                ),
                HouseholdSupportSections.contacts(file, today: today, state: state, page: page),
                HouseholdSupportSections.exit(file, today: today, state: state, page: page),
                HouseholdSupportSections.addMember(file, state: state, page: page),
                HouseholdSupportSections.transfer(file, state: state, page: page),
                MoveSection.node(file, state: state, page: page)
            )
        )
    }

    /// The filter form of the caseload (GET, so that a filtered list can be bookmarked).
    static func filterForm(_ filter: HouseholdFilter, mine: Bool) -> Node<HTML.BodyContext> {
        .form(
            .method(.get),
            .action(SiteRoute.households.path),
            .class("search-form no-print"),
            .attribute(named: "role", value: "search"),
            .if(!mine, .input(.type(.hidden), .name("tous"), .value("1"))),
            FormField.input(name: "recherche", label: "Nom", type: .search, value: filter.search),
            FormField.select(
                name: "etape",
                label: "Étape",
                options: HouseholdFilter.stages,
                selected: filter.stage,
                placeholder: "Toutes"
            ),
            FormField.select(
                name: "echeance",
                label: "Échéance",
                options: HouseholdFilter.deadlines,
                selected: filter.deadline,
                placeholder: "Toutes"
            ),
            FormField.select(
                name: "besoin",
                label: "Besoin",
                options: HouseholdFilter.needs,
                selected: filter.need,
                placeholder: "Tous"
            ),
            FormField.select(
                name: "tri",
                label: "Ordre",
                options: HouseholdFilter.sorts,
                selected: filter.sort,
                placeholder: nil
            ),
            .button(.type(.submit), .class("button"), .text("Filtrer"))
        )
    }

    /// "référence", "enfant", "conjoint ou conjointe, arrivé le …".
    static func relationLabel(_ member: HouseholdMember) -> String {
        if member.isReference { return "référence" }
        let relation = member.relation.flatMap(MemberRelation.init(rawValue:))?.label.lowercased() ?? "membre"
        return relation + (member.arrivedOn.map { ", arrivée le \($0.french)" } ?? "")
    }

    /// The filter as query parameters, for the pagination links.
    static func filterQuery(_ filter: HouseholdFilter, mine: Bool) -> [(String, String)] {
        [
            ("tous", mine ? "" : "1"), ("recherche", filter.search), ("etape", filter.stage),
            ("echeance", filter.deadline), ("besoin", filter.need), ("tri", filter.sort),
        ].filter { !$0.1.isEmpty }
    }

    /// Households in support per caseworker, to balance caseloads.
    static func caseloads(_ counts: [(caseworker: String?, count: Int)]) -> Node<HTML.BodyContext> {
        DataTable.node(
            caption: "Ménages en accompagnement par référent",
            columns: ["Référent", "Ménages"],
            rows: counts.map {
                [DataTable.header($0.caseworker ?? "Non affecté"), .td(.class("numeric"), .text(String($0.count)))]
            }
        )
    }

    /// "à signer avant le 10 avril 2025 (dans 12 jours)", "en retard de 3 jours", or why there is no date.
    static func deadline(_ cir: CalendarDay?, today: CalendarDay) -> String {
        guard let cir else { return "CIR non signé" }
        let due = SupportDeadlines.commitmentContractDue(cirSignature: cir)
        switch SupportDeadlines.status(due: due, today: today) {
        case .overdue(let days): return "Échéance dépassée depuis \(days) jour(s) (\(due.french))"
        case .dueToday: return "À signer aujourd'hui"
        case .dueSoon(let days), .upcoming(let days): return "À signer avant le \(due.french) (dans \(days) jour(s))"
        }
    }

    static func birth(_ member: HouseholdMember) -> String {
        let parts = [member.birthDay, member.birthMonth].compactMap { $0.map { String(format: "%02d", $0) } }
        return (parts.reversed() + [String(member.birthYear)]).joined(separator: "/")
    }
}
