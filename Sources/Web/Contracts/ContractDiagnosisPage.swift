import Domain
import Persistence
import SafeHTML
import Services

/// A contract's shared diagnosis computed live, then every snapshot kept at its signature and reviews.
enum ContractDiagnosisPage {
    static func render(_ file: ContractFile, live: TerritoryDiagnosis, page: PageContext) -> HTML {
        let contract = file.contract
        return Layout.page(
            title: "Diagnostic – \(contract.title)",
            page: page,
            breadcrumbs: [
                Breadcrumb(label: "Contrats territoriaux", route: .contracts),
                Breadcrumb(label: contract.title, route: .contract(contract.id)),
                Breadcrumb(label: "Diagnostic territorial", route: nil),
            ],
            main: .group(
                .h1(.text("Diagnostic territorial partagé")),
                .p(.class("lead"), .text(contract.title)),
                .p(.text(DiagnosisView.explanation)),
                .section(
                    .attribute(named: "aria-labelledby", value: "aujourdhui"),
                    .h2(.id("aujourdhui"), .text("Aujourd'hui, \(ContractText.day(live.day))")),
                    DiagnosisView.node(live, caption: "Aujourd'hui")
                ),
                .section(
                    .attribute(named: "aria-labelledby", value: "conserves"),
                    .h2(.id("conserves"), .text("Diagnostics conservés")),
                    file.snapshots.isEmpty
                        ? EmptyState.node("Aucun diagnostic conservé : le premier l'est à la signature du contrat.")
                        : .group(
                            .forEach(file.snapshots.reversed()) { snapshot in
                                .group(
                                    .h3(.text("Conservé \(ContractPage.occasion(snapshot, file: file))")),
                                    DiagnosisView.node(
                                        snapshot.diagnosis,
                                        caption: "Au \(ContractText.day(snapshot.diagnosis.day))"
                                    ),
                                    .if(
                                        !snapshot.analysis.isEmpty,
                                        .group(
                                            .h4(.text("Analyse des partenaires à cette date")),
                                            .forEach(snapshot.analysis.split(separator: "\n")) { .p(.text(String($0))) }
                                        )
                                    )
                                )
                            }
                        )
                )
            )
        )
    }
}
