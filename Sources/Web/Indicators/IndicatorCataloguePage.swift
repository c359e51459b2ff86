import Domain
import SafeHTML

/// The public page that documents every indicator: definition, formula, unit, target, source, version.
enum IndicatorCataloguePage {
    static func page(_ page: PageContext) -> HTML {
        Layout.page(
            title: "Indicateurs",
            page: page,
            breadcrumbs: [Breadcrumb(label: "Accueil", route: .home), Breadcrumb(label: "Indicateurs", route: nil)],
            main: .group(
                .h1(.text("Catalogue des indicateurs")),
                .p(
                    .text(
                        "Parcours calcule ces indicateurs en direct à partir de l'accompagnement, pour chaque département, "
                            + "chaque région et la France entière. Tout effectif inférieur à 5 est masqué (« < 5 ») pour les "
                            + "personnes qui n'ont pas accès aux données nominatives, avec un masquage complémentaire pour que "
                            + "les totaux ne le révèlent pas."
                    )
                ),
                .forEach(IndicatorCatalogue.all + IndicatorCatalogue.contracts + IndicatorCatalogue.communication) {
                    indicator in
                    .section(
                        .attribute(named: "aria-labelledby", value: "indicateur-\(indicator.code)"),
                        .h2(.id("indicateur-\(indicator.code)"), .text(indicator.label)),
                        .dl(
                            .class("details"),
                            .dt(.text("Code")),
                            .dd(.code(.text(indicator.code))),
                            .dt(.text("Définition")),
                            .dd(.text(indicator.definition)),
                            .dt(.text("Calcul")),
                            .dd(.text(indicator.formula)),
                            .dt(.text("Unité")),
                            .dd(.text(indicator.unit.rawValue)),
                            .dt(.text("Cible nationale")),
                            .dd(
                                .text(
                                    indicator.target.map { target in Self.target(target, indicator.unit) } ?? "Aucune"
                                )
                            ),
                            .dt(.text("Source")),
                            .dd(.text(indicator.source)),
                            .dt(.text("Version")),
                            .dd(.text(String(indicator.version)))
                        )
                    )
                }
            )
        )
    }

    static func target(_ value: Double, _ unit: IndicatorDefinition.Unit) -> String {
        switch unit {
        case .percent: PublishedColumn.percent(value)
        case .days: "\(PublishedColumn.decimal(value)) jours"
        case .count: PublishedColumn.decimal(value)
        }
    }
}
