import Domain
import SafeHTML
import Services

/// The public open-data page: the nation's indicators per département, small counts hidden, with a CSV file.
enum OpenDataPage {
    static func page(_ dashboard: Dashboard, sort: String, today: CalendarDay, page: PageContext) -> HTML {
        let columns = DashboardPage.columns(dashboard)
        let query: [(String, String)] = [("periode", dashboard.period.parameter)]
        return Layout.page(
            title: "Données ouvertes",
            page: page,
            breadcrumbs: [
                Breadcrumb(label: "Accueil", route: .home), Breadcrumb(label: "Données ouvertes", route: nil),
            ],
            main: .group(
                .h1(.text("Données ouvertes : indicateurs d'AGIR par département")),
                .p(
                    .text(
                        "Agrégats calculés en direct à partir de l'accompagnement. Tout effectif de 1 à 4 est remplacé par "
                            + "« < 5 » ; les valeurs masquées en complément, pour que les totaux ne le révèlent pas, et les "
                            + "taux et médianes qui reposent sur moins de 5 personnes sont remplacés par « s » (ils peuvent "
                            + "valoir 5 ou plus). Les fichiers CSV et XLSX portent les mêmes marques. Définitions : "
                    ),
                    .a(.href(SiteRoute.indicatorCatalogue.path), .text("catalogue des indicateurs")),
                    .text(". Période : \(dashboard.period.label).")
                ),
                .form(
                    .method(.get),
                    .action(SiteRoute.openData.path),
                    .class("search-form no-print"),
                    FormField.select(
                        name: "periode",
                        label: "Période",
                        options: IndicatorPeriod.choices(today: today),
                        selected: dashboard.period.parameter,
                        placeholder: nil
                    ),
                    .button(.type(.submit), .class("button"), .text("Afficher"))
                ),
                .p(.a(.href(SiteRoute.openData.path(query: query + [("format", "csv")])), .text("Télécharger (CSV)"))),
                .p(
                    .text("Appels à projets du programme 104 publiés : "),
                    .a(.href(SiteRoute.funding(.publicCalls).path), .text("liste")),
                    .text(" · "),
                    .a(.href(SiteRoute.funding(.openDataCSV).path), .text("fichier CSV des appels à projets"))
                ),
                DashboardPage.comparison(
                    dashboard,
                    columns: columns,
                    choices: .init(indicator: IndicatorCatalogue.referrals, sort: sort),
                    route: .openData,
                    query: query,
                    links: { _ in nil }
                )
            )
        )
    }
}
