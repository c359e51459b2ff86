import Domain
import Persistence
import SafeHTML
import Services

extension ContractPage {
    /// The signatories, and the form that adds a local authority while the contract is in preparation.
    static func parties(
        _ file: ContractFile,
        options: ContractFormOptions?,
        form: TypedForm,
        page: PageContext
    ) -> Node<HTML.BodyContext> {
        let canAdd = file.canDraft && file.contract.status == .preparation
        return .section(
            .attribute(named: "aria-labelledby", value: "signataires"),
            .h2(.id("signataires"), .text("Signataires")),
            DataTable.node(
                caption: "Signataires du contrat",
                columns: ["Signataire", "Type", "SIREN", "Représenté par"],
                rows: file.signatories.map { signatory in
                    [
                        DataTable.header(signatory.name),
                        DataTable.cell(signatory.authorityKind?.label ?? "État"),
                        DataTable.cell(signatory.siren ?? "–"),
                        DataTable.cell(signatory.signer),
                    ]
                }
            ),
            .if(
                canAdd,
                ContractFields.form(
                    id: "form-signataire",
                    title: "Ajouter une collectivité signataire",
                    route: .contractSignatory(file.contract.id),
                    button: "Ajouter le signataire",
                    page: page,
                    fields: [
                        FormField.select(
                            name: "signatoryKind",
                            label: "Type de collectivité",
                            options: LocalAuthorityKind.allCases.map { ($0.rawValue, $0.label) },
                            selected: form.value("signatoryKind"),
                            errors: form.errors
                        ),
                        FormField.input(
                            name: "signatoryName",
                            label: "Nom de la collectivité",
                            value: form.value("signatoryName"),
                            errors: form.errors,
                            required: true
                        ),
                        FormField.input(
                            name: "signatorySiren",
                            label: "SIREN",
                            value: form.value("signatorySiren"),
                            hint: "9 chiffres, par exemple 200 046 977.",
                            errors: form.errors,
                            required: true,
                            extra: [("inputmode", "numeric")]
                        ),
                        FormField.input(
                            name: "signatorySigner",
                            label: "Représentée par",
                            value: form.value("signatorySigner"),
                            hint: "La fonction, par exemple « Président de la Métropole ».",
                            errors: form.errors,
                            required: true
                        ),
                        FormField.select(
                            name: "signatoryOrganisation",
                            label: "Compte de la collectivité dans Parcours",
                            options: (options?.localAuthorities ?? []).map { ($0.id, $0.name) },
                            selected: form.value("signatoryOrganisation"),
                            placeholder: "— Aucun —",
                            hint: "Ses comptes partenaires verront le contrat et y saisiront les résultats.",
                            errors: form.errors
                        ),
                    ]
                )
            )
        )
    }

    /// The communes of the territory and the QPV inside; steering roles follow links to their pages.
    static func territory(_ file: ContractFile, page: PageContext) -> Node<HTML.BodyContext> {
        let links = SteeringRoles().admits(page.account?.role ?? .partenaire)
        return .section(
            .attribute(named: "aria-labelledby", value: "territoire"),
            .h2(.id("territoire"), .text("Territoire")),
            .p(
                .text(
                    FrenchNumber.count(file.communes.count, "commune", plural: "communes") + " et "
                        + FrenchNumber.count(
                            file.territoryQPV.count,
                            "quartier prioritaire",
                            plural: "quartiers prioritaires"
                        )
                        + " de la politique de la ville (liste 2024)."
                )
            ),
            .h3(.text("Communes")),
            .ul(
                .class("inline-list"),
                .forEach(file.communes) { commune in
                    .li(
                        links
                            ? .a(.href(SiteRoute.communePage(commune.code).path), .text(commune.label))
                            : .text(commune.label)
                    )
                }
            ),
            .if(
                !file.territoryQPV.isEmpty,
                .group(
                    .h3(.text("Quartiers prioritaires")),
                    .ul(
                        .class("inline-list"),
                        .forEach(file.territoryQPV) { qpv in
                            .li(
                                links
                                    ? .a(.href(SiteRoute.qpvPage(qpv.code).path), .text("\(qpv.name) (\(qpv.code))"))
                                    : .text("\(qpv.name) (\(qpv.code))")
                            )
                        }
                    )
                )
            )
        )
    }
}
