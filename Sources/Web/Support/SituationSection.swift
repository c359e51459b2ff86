import Domain
import Persistence
import SafeHTML
import Services

/// The milestones of a support and the situation snapshots derived from them, with the forms to record them.
enum SituationSection {
    static func node(
        _ file: HouseholdService.File,
        today: CalendarDay,
        state: HouseholdSupportSections.FormState,
        page: PageContext
    ) -> Node<HTML.BodyContext> {
        guard file.milestones.welcomeInterview != nil else { return .empty }
        let names = Dictionary(uniqueKeysWithValues: file.members.map { ($0.id, $0.documentNames) })
        let snapshots = file.snapshots(today: today)
        return .section(
            .attribute(named: "aria-labelledby", value: "situations"),
            .h2(.id("situations"), .text("Situations et jalons")),
            DataTable.node(
                caption: "Points de situation, déduits des jalons (dernier logement, meilleure situation du ménage)",
                columns: ["Point", "Date", "Logement", "Emploi ou formation"],
                rows: snapshots.map { snapshot in
                    [
                        DataTable.header(snapshot.due.kind.label), DataTable.cell(snapshot.due.date.french),
                        DataTable.cell(snapshot.housing?.label ?? "Non renseigné"),
                        DataTable.cell(snapshot.activity?.label ?? "Non renseigné"),
                    ]
                }
            ),
            .unwrap(file.nextSnapshot(today: today)) { next in
                .p(.text("Prochain point : \(next.kind.label.lowercasedFirst) le \(next.date.french)."))
            },
            file.events.isEmpty
                ? EmptyState.node("Aucun jalon enregistré.")
                : .element(
                    named: "details",
                    nodes: [
                        .element(named: "summary", text: "Jalons enregistrés (\(file.events.count))"),
                        DataTable.node(
                            caption: "Jalons, dans l'ordre où ils sont arrivés",
                            columns: ["Date", "Jalon", "Personne"],
                            rows: file.events.map { milestone in
                                [
                                    DataTable.header(milestone.date.french), DataTable.cell(milestone.event.label),
                                    DataTable.cell(milestone.personID.flatMap { names[$0] } ?? "Tout le ménage"),
                                ]
                            }
                        ),
                    ]
                ),
            .if(
                state.canWrite,
                state.disclosure(
                    "Enregistrer un jalon (droit ouvert, logement, emploi ou formation)",
                    .householdMilestone(file.household.id),
                    forms(file, today: today, state: state, page: page)
                )
            )
        )
    }

    private static func forms(
        _ file: HouseholdService.File,
        today: CalendarDay,
        state: HouseholdSupportSections.FormState,
        page: PageContext
    ) -> Node<HTML.BodyContext> {
        let people = file.members.map { ($0.id, $0.documentNames) }
        let reference = file.members.first(where: \.isReference)?.id ?? ""
        return .div(
            .class("form-grid"),
            form(
                kind: "right",
                title: "Droit ouvert",
                file: file,
                today: today,
                state: state,
                page: page,
                fields: [
                    FormField.select(
                        name: "milestoneRight",
                        label: "Droit",
                        options: RightKind.allCases.map { ($0.rawValue, $0.label) },
                        selected: state.value("milestoneRight"),
                        errors: state.errors
                    ),
                    FormField.select(
                        name: "milestonePerson-right",
                        label: "Personne",
                        options: people,
                        selected: state.value("milestonePerson-right", reference),
                        placeholder: "Tout le ménage",
                        errors: state.errors
                    ),
                ]
            ),
            form(
                kind: "housing",
                title: "Changement de logement",
                file: file,
                today: today,
                state: state,
                page: page,
                fields: [
                    FormField.select(
                        name: "milestoneHousing",
                        label: "Nouveau logement",
                        options: HousingSituation.allCases.map { ($0.rawValue, $0.label) },
                        selected: state.value("milestoneHousing"),
                        errors: state.errors
                    )
                ]
            ),
            form(
                kind: "activity",
                title: "Emploi ou formation",
                file: file,
                today: today,
                state: state,
                page: page,
                fields: [
                    FormField.select(
                        name: "milestonePerson-activity",
                        label: "Personne",
                        options: people,
                        selected: state.value("milestonePerson-activity", reference),
                        errors: state.errors
                    ),
                    FormField.select(
                        name: "milestoneActivity",
                        label: "Situation",
                        options: ActivitySituation.formChoices,
                        selected: state.value("milestoneActivity"),
                        errors: state.errors
                    ),
                    FormField.input(
                        name: "milestoneMonths",
                        label: "Durée du CDD en mois (si CDD)",
                        value: state.value("milestoneMonths"),
                        errors: state.errors,
                        extra: [("inputmode", "numeric")]
                    ),
                ]
            )
        )
    }

    private static func form(
        kind: String,
        title: String,
        file: HouseholdService.File,
        today: CalendarDay,
        state: HouseholdSupportSections.FormState,
        page: PageContext,
        fields: [Node<HTML.FormContext>]
    ) -> Node<HTML.BodyContext> {
        .form(
            .method(.post),
            .action(SiteRoute.householdMilestone(file.household.id).path),
            .novalidate(),
            CSRFField.node(page.csrfToken),
            .input(.type(.hidden), .name("milestoneKind"), .value(kind)),
            .element(named: "h3", text: title),
            FormField.input(
                name: "milestoneDate-\(kind)",
                label: "Date",
                type: .date,
                value: state.value("milestoneDate-\(kind)", today.iso),
                errors: state.errors,
                required: true
            ),
            .group(fields),
            .button(.type(.submit), .class("button"), .text("Enregistrer : \(title.lowercasedFirst)"))
        )
    }
}
