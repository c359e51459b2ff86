import Domain
import Persistence
import SafeHTML
import Services

/// The caseload list and the household file.
enum HouseholdPages {
    /// Households per page of the caseload list.
    static let pageSize = 50

    static func list(
        _ households: [HouseholdSummary],
        listPage: Page,
        caseloads counts: [CaseloadCount],
        filter: HouseholdFilter,
        mine: Bool,
        today: CalendarDay,
        page: PageContext
    ) -> HTML {
        let caseworkerName = filter.caseworker.isEmpty ? nil : counts.first { $0.caseworkerID == filter.caseworker }
        return Layout.page(
            title: "Ménages",
            page: page,
            breadcrumbs: [Breadcrumb(label: "Accueil", route: .home), Breadcrumb(label: "Ménages", route: nil)],
            main: .group(
                .h1(
                    .text(
                        mine
                            ? "Mes ménages"
                            : caseworkerName.map { "Ménages suivis par \($0.caseworker ?? "–")" }
                                ?? "Ménages de l'organisation"
                    )
                ),
                scopeLink(mine: mine, caseworker: !filter.caseworker.isEmpty, role: page.account?.role),
                .if(!counts.isEmpty, caseloads(counts)),
                .if(
                    !households.isEmpty,
                    .p(.class("no-print"), .a(.href("#resultats"), .text("Aller à la liste des ménages")))
                ),
                filterForm(filter, mine: mine),
                households.isEmpty
                    ? EmptyState.node(
                        !filter.isEmpty
                            ? "Aucun ménage ne correspond à ces critères."
                            : mine ? "Aucun ménage ne vous est confié pour le moment." : "Aucun ménage pour le moment."
                    )
                    : .div(
                        .id("resultats"),
                        .attribute(named: "tabindex", value: "-1"),
                        DataTable.node(
                            caption: listPage.pageCount > 1
                                ? "\(FrenchNumber.count(listPage.total, "ménage")), page \(listPage.number) sur \(listPage.pageCount)"
                                : FrenchNumber.count(listPage.total, "ménage"),
                            columns: [
                                "Personne de référence", "Née ou né en", "Orienté le", "Référent",
                                "Contrat d'engagement",
                            ],
                            rows: households.map { household in
                                [
                                    .th(
                                        .attribute(named: "scope", value: "row"),
                                        .a(
                                            .href(SiteRoute.household(household.id).path),
                                            .text(household.referenceNames)
                                        )
                                    ),
                                    DataTable.cell(String(household.birthYear)),
                                    DataTable.cell(household.referralDate?.french ?? "–"),
                                    DataTable.cell(household.caseworkerName ?? "Non affecté"),
                                    DataTable.cell(deadline(household, today: today)),
                                ]
                            }
                        )
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
            main: .div(
                .class("household-file"),
                .h1(.text("Ménage de \(household.referenceNames)")),
                .p(
                    .class("hint"),
                    .text(
                        "Ne saisissez jamais de récit d'asile dans Parcours. Chaque ouverture de ce dossier est inscrite au journal d'audit."
                    )
                ),
                .unwrap(state.summary) { FileSummarySection.node(file, summary: $0, state: state) },
                FileSummarySection.managerActions(file, state: state, page: page),
                FileSummarySection.navigation(file, state: state),
                members(file, state: state, page: page),
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
                MoveSection.node(file, state: state, page: page),
                ResidenceSection.node(file, state: state, page: page)
            )
        )
    }

    /// The members of the household, their details and corrections, and the form that adds one, on demand.
    static func members(
        _ file: HouseholdService.File,
        state: HouseholdSupportSections.FormState,
        page: PageContext
    ) -> Node<HTML.BodyContext> {
        .section(
            .attribute(named: "aria-labelledby", value: "membres"),
            .h2(.id("membres"), .text("Membres du ménage")),
            DataTable.node(
                caption: "Membres du ménage",
                columns: [
                    "Noms (documents)", "Graphies usuelles", "Naissance", "Nationalité", "Protection", "CIR signé le",
                ],
                rows: file.members.map { member in
                    [
                        .th(
                            .attribute(named: "scope", value: "row"),
                            .a(
                                .href(SiteRoute.personPathway(member.id).path),
                                .attribute(named: "aria-label", value: "Parcours de \(member.documentNames)"),
                                .text(member.documentNames)
                            ),
                            .text(" (" + relationLabel(member) + ")")
                        ),
                        DataTable.cell(member.usualNames.ifEmpty("–")),
                        DataTable.cell(birth(member)),
                        DataTable.cell(
                            state.countries.first { $0.code == member.nationality }?.name ?? member.nationality
                        ),
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
            PersonSection.node(file, state: state, page: page),
            HouseholdSupportSections.addMember(file, state: state, page: page)
        )
    }

    /// The filter form of the caseload (GET, so that a filtered list can be bookmarked).
    static func filterForm(_ filter: HouseholdFilter, mine: Bool) -> Node<HTML.BodyContext> {
        .form(
            .method(.get),
            // The list opens at its results, which the filter just changed.
            .action(SiteRoute.households.path + "#resultats"),
            .class("search-form no-print"),
            .attribute(named: "role", value: "search"),
            .if(!mine, .input(.type(.hidden), .name("tous"), .value("1"))),
            .if(!filter.caseworker.isEmpty, .input(.type(.hidden), .name("referent"), .value(filter.caseworker))),
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
            ("referent", filter.caseworker),
        ].filter { !$0.1.isEmpty }
    }

    /// The link between one's own households and the organisation's: a caseworker switches between the two; a
    /// manager, who follows no household, goes back to the whole organisation from one caseworker's list.
    static func scopeLink(mine: Bool, caseworker: Bool, role: Role?) -> Node<HTML.BodyContext> {
        if role == .referent {
            return .p(
                .a(
                    .href(mine ? SiteRoute.households.path(query: [("tous", "1")]) : SiteRoute.households.path),
                    .text(mine ? "Voir tous les ménages de l'organisation" : "Voir seulement mes ménages")
                )
            )
        }
        return caseworker
            ? .p(.a(.href(SiteRoute.households.path), .text("Voir tous les ménages de l'organisation"))) : .empty
    }

    /// Households in support per caseworker, counted from their welcome interview, each linked to that caseload.
    static func caseloads(_ counts: [CaseloadCount]) -> Node<HTML.BodyContext> {
        DataTable.node(
            caption: "Ménages en accompagnement (accueil fait) par référent",
            columns: ["Référent", "Ménages"],
            rows: counts.map { count in
                [
                    .th(
                        .attribute(named: "scope", value: "row"),
                        .unwrap(
                            count.caseworkerID,
                            {
                                .a(
                                    .href(SiteRoute.households.path(query: [("referent", $0)])),
                                    .text(count.caseworker ?? "–")
                                )
                            },
                            else: .text("Sans référent (reçus par transfert)")
                        )
                    ),
                    .td(.class("numeric"), .text(FrenchNumber.grouped(count.count))),
                ]
            }
        )
    }

    /// The contract column: "Signé le …", the running deadline ("Échéance dépassée depuis 3 jours (…)"), or why
    /// there is none — the one rule of `ContractDeadline`, as the filter and the reminders.
    static func deadline(_ household: HouseholdSummary, today: CalendarDay) -> String {
        switch ContractDeadline.of(
            cirSignature: household.cirSignatureDate,
            signed: household.contractSigned,
            inSupport: household.stage == .inSupport,
            today: today
        ) {
        case .noCIR: return "CIR non signé"
        case .signed(let day, let onTime): return "Signé le \(day.french)" + (onTime ? "" : " (après l'échéance)")
        case .notRunning: return household.stage == .exited ? "Non signé (sorti)" : "–"
        case .running(let due, .overdue(let days)):
            return "Échéance dépassée depuis \(FrenchNumber.count(days, "jour")) (\(due.french))"
        case .running(_, .dueToday): return "À signer aujourd'hui"
        case .running(let due, .dueSoon(let days)), .running(let due, .upcoming(let days)):
            return "À signer avant le \(due.french) (dans \(FrenchNumber.count(days, "jour")))"
        }
    }

    /// "19 mai 1995", "mai 1995" or "1995", as much as is known.
    static func birth(_ member: HouseholdMember) -> String {
        PartialBirthDate(year: member.birthYear, month: member.birthMonth, day: member.birthDay)?.long
            ?? String(member.birthYear)
    }
}
