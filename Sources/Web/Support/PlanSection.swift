import Domain
import Persistence
import SafeHTML
import Services

/// The support plan of a household file: goals per domain, their actions, and the forms to add and follow them.
enum PlanSection {
    static func node(
        _ file: HouseholdService.File,
        partners: [(id: String, name: String)],
        today: CalendarDay,
        state: HouseholdSupportSections.FormState,
        page: PageContext
    ) -> Node<HTML.BodyContext> {
        let editable = state.canWrite && file.milestones.welcomeInterview != nil
        let actions = file.plan.flatMap(\.actions)
        return .section(
            .attribute(named: "aria-labelledby", value: "plan"),
            .h2(.id("plan"), .text("Plan d'accompagnement")),
            file.plan.isEmpty
                ? EmptyState.node("Aucun objectif pour le moment.")
                : .group(.forEach(file.plan) { goal(file, $0, today: today) }),
            .if(
                editable,
                state.disclosure(
                    "Ajouter un objectif",
                    .householdGoal(file.household.id),
                    goalForm(file, state: state, page: page)
                )
            ),
            .if(
                editable && !file.plan.isEmpty,
                state.disclosure(
                    "Ajouter une action",
                    .householdAction(file.household.id),
                    actionForm(file, partners: partners, state: state, page: page)
                )
            ),
            .if(
                editable && !actions.isEmpty,
                state.disclosure(
                    "Suivre une action",
                    .householdActionUpdate(file.household.id),
                    followForm(file, actions: actions, state: state, page: page)
                )
            )
        )
    }

    private static func goal(
        _ file: HouseholdService.File,
        _ goal: PlanGoal,
        today: CalendarDay
    ) -> Node<HTML.BodyContext> {
        let domain = DiagnosisDomain(rawValue: goal.domain)?.label ?? goal.domain
        let late = goal.actions.filter { $0.status.isOpen && ($0.due.map { $0 < today } ?? false) }.count
        let open = goal.actions.filter(\.status.isOpen).count
        let counts =
            goal.actions.isEmpty
            ? "aucune action"
            : open == 0
                ? "actions terminées"
                : FrenchNumber.count(open, "action") + " en cours" + (late > 0 ? ", dont \(late) en retard" : "")
        // Each goal opens on demand: its line says how many actions run and how many are late.
        return .element(
            named: "details",
            nodes: [
                .element(
                    named: "summary",
                    text: "\(domain) : \(goal.title) (\(goal.personName ?? "tout le ménage")) – \(counts)"
                ),
                goalActions(goal, today: today),
            ]
        )
    }

    private static func goalActions(_ goal: PlanGoal, today: CalendarDay) -> Node<HTML.BodyContext> {
        goal.actions.isEmpty
            ? .p(.text("Aucune action pour cet objectif."))
            : DataTable.node(
                caption: "Actions de l'objectif « \(goal.title) »",
                columns: ["Action", "Qui agit", "Échéance", "État", "Résultat"],
                rows: goal.actions.map { action in
                    let late = action.status.isOpen && (action.due.map { $0 < today } ?? false)
                    return [
                        DataTable.header(action.description),
                        DataTable.cell(
                            (PlanActor(rawValue: action.actor)?.label ?? action.actor)
                                + (action.partnerName.map { " : \($0)" } ?? "")
                        ),
                        DataTable.cell((action.due?.french ?? "–") + (late ? " (en retard)" : "")),
                        DataTable.cell(action.status.label), DataTable.cell(action.outcome.ifEmpty("–")),
                    ]
                }
            )
    }

    private static func goalForm(
        _ file: HouseholdService.File,
        state: HouseholdSupportSections.FormState,
        page: PageContext
    ) -> Node<HTML.BodyContext> {
        .form(
            .method(.post),
            .action(SiteRoute.householdGoal(file.household.id).path),
            .novalidate(),
            CSRFField.node(page.csrfToken),
            FormField.select(
                name: "goalDomain",
                label: "Domaine",
                options: DiagnosisDomain.allCases.filter { !$0.isRestricted || file.seesRestricted }.map {
                    ($0.rawValue, $0.label)
                },
                selected: state.value("goalDomain"),
                errors: state.errors
            ),
            FormField.select(
                name: "goalPerson",
                label: "Pour",
                options: file.members.map { ($0.id, $0.documentNames) },
                selected: state.value("goalPerson"),
                placeholder: "Tout le ménage",
                errors: state.errors
            ),
            FormField.input(
                name: "goalTitle",
                label: "Objectif",
                value: state.value("goalTitle"),
                hint: "Par exemple « Accéder à un logement social ».",
                errors: state.errors
            ),
            .button(.type(.submit), .class("button"), .text("Ajouter l'objectif"))
        )
    }

    private static func actionForm(
        _ file: HouseholdService.File,
        partners: [(id: String, name: String)],
        state: HouseholdSupportSections.FormState,
        page: PageContext
    ) -> Node<HTML.BodyContext> {
        .form(
            .method(.post),
            .action(SiteRoute.householdAction(file.household.id).path),
            .novalidate(),
            CSRFField.node(page.csrfToken),
            FormField.select(
                name: "actionGoal",
                label: "Objectif",
                options: file.plan.map { ($0.id, $0.title) },
                selected: state.value("actionGoal"),
                errors: state.errors
            ),
            FormField.input(
                name: "actionDescription",
                label: "Action",
                value: state.value("actionDescription"),
                errors: state.errors
            ),
            FormField.select(
                name: "actionActor",
                label: "Qui agit",
                options: PlanActor.allCases.map { ($0.rawValue, $0.label) },
                selected: state.value("actionActor"),
                errors: state.errors
            ),
            FormField.select(
                name: "actionPartner",
                label: "Organisation partenaire (si un partenaire agit)",
                options: partners.map { ($0.id, $0.name) },
                selected: state.value("actionPartner"),
                placeholder: "— Aucune —",
                errors: state.errors
            ),
            FormField.input(
                name: "actionDue",
                label: "Échéance (facultatif)",
                type: .date,
                value: state.value("actionDue"),
                errors: state.errors
            ),
            .button(.type(.submit), .class("button"), .text("Ajouter l'action"))
        )
    }

    private static func followForm(
        _ file: HouseholdService.File,
        actions: [PlanAction],
        state: HouseholdSupportSections.FormState,
        page: PageContext
    ) -> Node<HTML.BodyContext> {
        .form(
            .method(.post),
            .action(SiteRoute.householdActionUpdate(file.household.id).path),
            .novalidate(),
            CSRFField.node(page.csrfToken),
            FormField.select(
                name: "actionID",
                label: "Action",
                options: actions.map { ($0.id, $0.description) },
                selected: state.value("actionID"),
                errors: state.errors
            ),
            FormField.select(
                name: "actionStatus",
                label: "État",
                options: ActionStatus.allCases.map { ($0.rawValue, $0.label) },
                selected: state.value("actionStatus"),
                errors: state.errors
            ),
            FormField.input(
                name: "actionOutcome",
                label: "Résultat (facultatif)",
                value: state.value("actionOutcome"),
                errors: state.errors
            ),
            .button(.type(.submit), .class("button"), .text("Enregistrer le suivi"))
        )
    }
}
