import Domain
import Persistence
import SafeHTML
import Services

/// A contract's page: its summary and state, signatories, territory, shared diagnosis, axes and actions, credits
/// by year and source, and reviews; the prefecture's forms where the contract's state allows them.
enum ContractPage {
    static func render(_ file: ContractFile, options: ContractFormOptions?, form: TypedForm, page: PageContext) -> HTML
    {
        let contract = file.contract
        return Layout.page(
            title: contract.title,
            page: page,
            breadcrumbs: [
                Breadcrumb(label: "Contrats territoriaux", route: .contracts),
                Breadcrumb(label: contract.title, route: nil),
            ],
            main: .group(
                .h1(.text(contract.title)),
                .p(.class("lead"), .text("\(contract.kind.label) – \(contract.status.label)")),
                FormField.errorSummary(form.errors),
                summary(file),
                stateForms(file, form: form, page: page),
                parties(file, options: options, form: form, page: page),
                territory(file, page: page),
                diagnosis(file, form: form, page: page),
                axes(file, options: options, form: form, page: page),
                credits(file),
                reviews(file, form: form, page: page)
            )
        )
    }

    static func summary(_ file: ContractFile) -> Node<HTML.BodyContext> {
        let contract = file.contract
        return .dl(
            .class("summary-list"),
            .dt(.text("Type")),
            .dd(.text(contract.kind.label)),
            .dt(.text("État")),
            .dd(.text(contract.status.label)),
            .dt(.text("Durée")),
            .dd(.text(ContractText.period(contract.period))),
            .dt(.text("Signé le")),
            .dd(.text(contract.signedOn.map { ContractText.day($0) } ?? "Pas encore signé")),
            .if(
                contract.startedOn != nil,
                .group(.dt(.text("Mise en œuvre depuis le")), .dd(.text(ContractText.day(contract.startedOn))))
            ),
            .if(
                contract.endedOn != nil,
                .group(.dt(.text("Terminé le")), .dd(.text(ContractText.day(contract.endedOn))))
            ),
            .dt(.text("Départements")),
            .dd(.text(ContractText.departements(contract.departements, names: file.departementNames))),
            .dt(.text("Région qui le suit")),
            .dd(.text(file.regionName)),
            .dt(.text("Pour l'État")),
            .dd(.text(contract.prefect))
        )
    }

    /// Signing a contract in preparation; starting or ending a signed one.
    static func stateForms(_ file: ContractFile, form: TypedForm, page: PageContext) -> Node<HTML.BodyContext> {
        let contract = file.contract
        guard file.canDraft else { return .empty }
        switch contract.status {
        case .preparation:
            return .section(
                .attribute(named: "aria-labelledby", value: "preparation"),
                .h2(.id("preparation"), .text("Préparation")),
                .p(
                    .a(
                        .href(SiteRoute.contractEdit(contract.id).path),
                        .text("Modifier l'intitulé, les dates ou le territoire")
                    )
                ),
                ContractFields.form(
                    id: "form-signature",
                    title: "Signer le contrat",
                    route: .contractSign(contract.id),
                    button: "Enregistrer la signature",
                    page: page,
                    fields: [
                        .p(
                            .class("hint"),
                            .text(
                                "À la signature, le diagnostic territorial du jour de la signature est calculé et conservé. "
                                    + "Il faut au moins une collectivité signataire et un axe."
                            )
                        ),
                        PathwayForm.day("signedOn", label: "Date de signature", form: form, value: file.today.iso),
                    ]
                )
            )
        case .signed, .running:
            return ContractFields.form(
                id: "form-etat",
                title: "Faire avancer le contrat",
                route: .contractStatus(contract.id),
                button: "Enregistrer",
                page: page,
                fields: [
                    FormField.select(
                        name: "statusTarget",
                        label: "Nouvel état",
                        options: contract.status.next.map {
                            ($0.rawValue, $0 == .running ? "En cours (mise en œuvre commencée)" : "Terminé")
                        },
                        selected: form.value("statusTarget"),
                        errors: form.errors
                    ),
                    PathwayForm.day("statusOn", label: "Date", form: form, value: file.today.iso),
                ]
            )
        case .ended:
            return .empty
        }
    }
}
