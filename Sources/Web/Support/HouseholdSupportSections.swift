import Domain
import Persistence
import SafeHTML
import Services

/// The support sections of a household file: milestones, contacts, exit; with forms for those who may write.
enum HouseholdSupportSections {
    /// What the page needs to show forms: whether the viewer may write, and the last form's messages and values.
    struct FormState: Sendable {
        var canWrite = false
        var errors = FieldErrors()
        var typed: [String: String] = [:]
        /// The caseworkers a manager may hand the household to (empty for anyone else).
        var transferChoices: [(id: String, name: String)] = []
        /// The countries for the member form's nationality list.
        var countries: [Country] = []
        /// The member being added, as typed, and the possible duplicates found for it.
        var member = PersonInput()
        var memberDuplicates: [DuplicateFinder.Duplicate] = []
        /// The partner organisations that may carry out plan actions.
        var partners: [(id: String, name: String)] = []
        /// The household's appointments to come.
        var appointments: [AppointmentRecord] = []
        /// The départements a manager may transfer the household to.
        var departements: [Departement] = []
        /// The member whose details form is open (`?personne=`), and the one whose possible duplicates are shown.
        var editedPerson: String?
        var duplicatesFor: String?
        var personDuplicates: [DuplicateFinder.Duplicate] = []
        /// The QPV the household lives in and those of its commune.
        var residence: ResidenceService.Residence?
        /// The members' personal spaces and the documents to bring to appointments.
        var spaces: NewcomerHouseholdSection?

        /// The path of the form just sent, whose disclosure opens with its messages.
        var sentTo: String?
        /// The page's summary (stage, next deadline and appointment, alerts).
        var summary: HouseholdService.Summary?

        func value(_ name: String, _ fallback: String = "") -> String { typed[name] ?? fallback }

        /// Whether the page answers the form of `route`.
        func sent(_ route: SiteRoute) -> Bool { sentTo == route.path }

        /// `form` behind a summary naming its action, open with its messages when it was just sent.
        func disclosure(
            _ summary: String,
            _ route: SiteRoute,
            _ form: Node<HTML.BodyContext>
        ) -> Node<HTML.BodyContext> {
            FormDisclosure.node(summary, sent: sent(route), errors: errors, form)
        }
    }

    static func milestones(
        _ file: HouseholdService.File,
        today: CalendarDay,
        state: FormState,
        page: PageContext
    ) -> Node<HTML.BodyContext> {
        let id = file.household.id
        let milestones = file.milestones
        return .section(
            .attribute(named: "aria-labelledby", value: "etapes"),
            .h2(.id("etapes"), .text("Étapes de l'accompagnement")),
            .dl(
                .class("summary-list"),
                .dt(.text("Entretien d'accueil")),
                .dd(.text(milestones.welcomeInterview?.french ?? "Pas encore eu lieu")),
                .dt(.text("Contrat d'engagement")),
                .dd(
                    .text(
                        milestones.contractSigned.map { "Signé le \($0.french)" }
                            ?? HouseholdPages.deadline(file.household, today: today)
                    )
                ),
                .dt(.text("Fin d'accompagnement au plus tard")),
                .dd(.text(file.supportEnds?.french ?? "À l'entrée en accompagnement, plus 24 mois"))
            ),
            .if(
                state.canWrite && milestones.welcomeInterview == nil,
                state.disclosure(
                    "Enregistrer l'entretien d'accueil",
                    .householdWelcome(id),
                    welcomeForm(id, today: today, state: state, page: page)
                )
            ),
            .if(
                state.canWrite && milestones.welcomeInterview != nil && milestones.contractSigned == nil,
                state.disclosure(
                    "Enregistrer la signature du contrat d'engagement",
                    .householdContract(id),
                    dateForm(
                        route: .householdContract(id),
                        name: "contractDate",
                        label: "Date de signature du contrat d'engagement",
                        button: "Enregistrer la signature",
                        state: state,
                        today: today,
                        page: page
                    )
                )
            )
        )
    }

    /// The welcome interview, with the situation at entry that the first snapshot takes.
    private static func welcomeForm(
        _ id: String,
        today: CalendarDay,
        state: FormState,
        page: PageContext
    ) -> Node<HTML.BodyContext> {
        .form(
            .method(.post),
            .action(SiteRoute.householdWelcome(id).path),
            .novalidate(),
            CSRFField.node(page.csrfToken),
            FormField.input(
                name: "welcomeDate",
                label: "Date de l'entretien d'accueil",
                type: .date,
                value: state.value("welcomeDate", today.iso),
                errors: state.errors,
                required: true
            ),
            FormField.select(
                name: "entryHousing",
                label: "Logement à l'entrée (facultatif)",
                options: HousingSituation.allCases.map { ($0.rawValue, $0.label) },
                selected: state.value("entryHousing"),
                placeholder: "— Non renseigné —",
                errors: state.errors
            ),
            FormField.select(
                name: "entryActivity",
                label: "Emploi ou formation de la personne de référence à l'entrée (facultatif)",
                options: ActivitySituation.formChoices,
                selected: state.value("entryActivity"),
                placeholder: "— Non renseigné —",
                errors: state.errors
            ),
            FormField.input(
                name: "entryMonths",
                label: "Durée du CDD en mois (si CDD)",
                value: state.value("entryMonths"),
                errors: state.errors,
                extra: [("inputmode", "numeric")]
            ),
            .button(.type(.submit), .class("button"), .text("Enregistrer l'entretien d'accueil"))
        )
    }

    private static func dateForm(
        route: SiteRoute,
        name: String,
        label: String,
        button: String,
        state: FormState,
        today: CalendarDay,
        page: PageContext
    ) -> Node<HTML.BodyContext> {
        .form(
            .method(.post),
            .action(route.path),
            .novalidate(),
            CSRFField.node(page.csrfToken),
            FormField.input(
                name: name,
                label: label,
                type: .date,
                value: state.value(name, today.iso),
                errors: state.errors,
                required: true
            ),
            .button(.type(.submit), .class("button"), .text(button))
        )
    }

    /// The form that adds a member, on demand.
    static func addMember(_ file: HouseholdService.File, state: FormState, page: PageContext) -> Node<HTML.BodyContext>
    {
        guard state.canWrite else { return .empty }
        let route = SiteRoute.householdMember(file.household.id)
        return state.disclosure(
            "Ajouter un membre au ménage",
            route,
            .group(
                .p(.text("Un rejoignant arrivé plus tard, un enfant, un conjoint : il rejoint le dossier du ménage.")),
                .if(!state.memberDuplicates.isEmpty, DuplicateList.node(state.memberDuplicates)),
                .form(
                    .method(.post),
                    .action(route.path),
                    .novalidate(),
                    CSRFField.node(page.csrfToken),
                    FormField.select(
                        name: "relation",
                        label: "Lien avec la personne de référence",
                        options: MemberRelation.allCases.map { ($0.rawValue, $0.label) },
                        selected: state.value("relation"),
                        errors: state.errors
                    ),
                    FormField.input(
                        name: "arrivedOn",
                        label: "Arrivée en France (rejoignant, facultatif)",
                        type: .date,
                        value: state.value("arrivedOn"),
                        errors: state.errors
                    ),
                    PersonFields.node(
                        state.member,
                        legend: "Le nouveau membre",
                        countries: state.countries,
                        errors: state.errors
                    ),
                    .if(!state.memberDuplicates.isEmpty, DuplicateList.confirmation()),
                    .button(.type(.submit), .class("button"), .text("Ajouter le membre"))
                )
            )
        )
    }

    /// A manager's form that hands the household to another caseworker (or assigns one), on demand.
    static func transfer(_ file: HouseholdService.File, state: FormState, page: PageContext) -> Node<HTML.BodyContext> {
        guard !state.transferChoices.isEmpty, file.household.stage == .inSupport else { return .empty }
        let route = SiteRoute.householdTransfer(file.household.id)
        return state.disclosure(
            file.household.caseworkerID == nil ? "Affecter un référent" : "Transférer à un autre référent",
            route,
            .form(
                .method(.post),
                .action(route.path),
                .novalidate(),
                CSRFField.node(page.csrfToken),
                .p(.text("Le dossier et tout son historique suivent le ménage.")),
                FormField.select(
                    name: "transferTo",
                    label: "Nouveau référent",
                    options: state.transferChoices.filter { $0.id != file.household.caseworkerID }.map {
                        ($0.id, $0.name)
                    },
                    errors: state.errors
                ),
                Confirmation.checkbox("Je confirme le transfert du ménage à ce référent", errors: state.errors),
                .button(.type(.submit), .class("button button-secondary"), .text("Transférer"))
            )
        )
    }

    static func exit(
        _ file: HouseholdService.File,
        today: CalendarDay,
        state: FormState,
        page: PageContext
    ) -> Node<HTML.BodyContext> {
        // The exit form starts from the situation the milestones describe today.
        let current = file.currentSituation(today: today)
        let stored = current.activity?.storedValue.split(separator: ":").map(String.init) ?? []
        let currentActivity = (value: stored.first ?? "", months: stored.count > 1 ? stored[1] : "")
        return .section(
            .attribute(named: "aria-labelledby", value: "sortie"),
            .h2(.id("sortie"), .text("Sortie")),
            .unwrap(file.exit) { exit in
                .group(
                    .p(
                        .text(
                            "Sortie le \(exit.day.french) : \(ExitReason(rawValue: exit.reason)?.label ?? exit.reason)."
                        )
                    ),
                    .p(
                        .class(exit.positive ? "flash flash-success" : "flash flash-info"),
                        .text(
                            exit.positive
                                ? "Sortie positive : logement et emploi ou formation durables."
                                : "Sortie non positive au sens d'AGIR."
                        )
                    ),
                    .unwrap(file.exitAssessment) { assessment in
                        DataTable.node(
                            caption: "Conditions de la sortie positive",
                            columns: ["Condition", "Remplie", "Explication"],
                            rows: assessment.conditions.map {
                                [
                                    DataTable.header(
                                        $0.code == PositiveExitRule.housingCode
                                            ? "Logement durable" : "Emploi ou formation durable"
                                    ),
                                    DataTable.cell($0.met ? "Oui" : "Non"), DataTable.cell($0.explanation),
                                ]
                            }
                        )
                    }
                )
            },
            .if(
                file.exit == nil && !(state.canWrite && file.milestones.welcomeInterview != nil),
                .p(.text("Le ménage est en accompagnement."))
            ),
            .if(
                file.exit == nil && state.canWrite && file.milestones.welcomeInterview != nil,
                state.disclosure(
                    "Enregistrer la sortie",
                    .householdExit(file.household.id),
                    .form(
                        .method(.post),
                        .action(SiteRoute.householdExit(file.household.id).path),
                        .novalidate(),
                        CSRFField.node(page.csrfToken),
                        FormField.input(
                            name: "exitDate",
                            label: "Date de sortie",
                            type: .date,
                            value: state.value("exitDate", today.iso),
                            errors: state.errors,
                            required: true
                        ),
                        FormField.select(
                            name: "exitReason",
                            label: "Motif",
                            options: ExitReason.allCases.map { ($0.rawValue, $0.label) },
                            selected: state.value("exitReason"),
                            errors: state.errors
                        ),
                        FormField.select(
                            name: "exitHousing",
                            label: "Logement à la sortie",
                            options: HousingSituation.allCases.map { ($0.rawValue, $0.label) },
                            selected: state.value("exitHousing", current.housing?.rawValue ?? ""),
                            errors: state.errors
                        ),
                        FormField.select(
                            name: "exitActivity",
                            label: "Emploi ou formation à la sortie",
                            options: ActivitySituation.formChoices,
                            selected: state.value("exitActivity", currentActivity.value),
                            errors: state.errors
                        ),
                        FormField.input(
                            name: "exitMonths",
                            label: "Durée du CDD en mois (si CDD)",
                            value: state.value("exitMonths", currentActivity.months),
                            errors: state.errors,
                            extra: [("inputmode", "numeric")]
                        ),
                        .button(.type(.submit), .class("button"), .text("Enregistrer la sortie"))
                    )
                )
            )
        )
    }
}
