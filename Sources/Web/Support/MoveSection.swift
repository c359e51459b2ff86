import Domain
import Persistence
import SafeHTML
import Services

/// Transfers of a household to another operator or département: the history for everyone who opens the file,
/// and the form for the operator's managers (among their actions at the top of the file).
enum MoveSection {
    /// Whether the viewer may move the household: a manager who may write in the file (`HouseholdWriteRule`).
    static func canMove(state: HouseholdSupportSections.FormState, page: PageContext) -> Bool {
        state.canWrite && page.account.map { OperatorManagersOnly().admits($0.role) } == true
    }

    static func node(
        _ file: HouseholdService.File,
        state: HouseholdSupportSections.FormState,
        page: PageContext
    ) -> Node<HTML.BodyContext> {
        guard !file.transfers.isEmpty else { return .empty }
        return .section(
            .attribute(named: "aria-labelledby", value: "transfert-operateur"),
            .h2(.id("transfert-operateur"), .text("Transferts entre opérateurs ou départements")),
            .if(
                !file.transfers.isEmpty,
                DataTable.node(
                    caption: "Transferts reçus ou faits par ce ménage",
                    columns: ["Date", "De", "Vers", "Motif"],
                    rows: file.transfers.map { transfer in
                        [
                            DataTable.header(transfer.day.french),
                            DataTable.cell("\(transfer.fromOrganisation) (\(transfer.fromDepartement))"),
                            DataTable.cell("\(transfer.toOrganisation) (\(transfer.toDepartement))"),
                            DataTable.cell(transfer.reason),
                        ]
                    }
                )
            )
        )
    }

    /// The manager's form that moves the household to another operator or département, on demand.
    static func form(
        _ file: HouseholdService.File,
        state: HouseholdSupportSections.FormState,
        page: PageContext
    ) -> Node<HTML.BodyContext> {
        guard canMove(state: state, page: page) else { return .empty }
        let route = SiteRoute.householdMove(file.household.id)
        return state.disclosure(
            "Transférer à un autre opérateur ou département",
            route,
            .form(
                .method(.post),
                .action(route.path),
                .novalidate(),
                CSRFField.node(page.csrfToken),
                .p(
                    .text(
                        "Le ménage déménage : son dossier et tout son historique passent à l'opérateur AGIR du "
                            + "département choisi, dont le responsable affecte un référent. Vous n'y aurez plus accès."
                    )
                ),
                FormField.select(
                    name: "moveDepartement",
                    label: "Nouveau département",
                    options: state.departements.filter { $0.code != file.household.departement }.map {
                        ($0.code, "\($0.code) – \($0.name)")
                    },
                    selected: state.value("moveDepartement"),
                    errors: state.errors
                ),
                FormField.input(
                    name: "moveReason",
                    label: "Motif du transfert",
                    value: state.value("moveReason"),
                    hint: "\(TransferService.reasonKind.maxLength) caractères au plus, sans récit personnel.",
                    errors: state.errors,
                    required: true
                ),
                Confirmation.checkbox(
                    "Je confirme le transfert : je n'aurai plus accès à ce dossier",
                    errors: state.errors
                ),
                .button(.type(.submit), .class("button button-secondary"), .text("Transférer le ménage"))
            )
        )
    }
}
