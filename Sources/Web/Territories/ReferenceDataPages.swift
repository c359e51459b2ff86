import Domain
import SafeHTML

/// The territorial reference data: départements with AGIR deployment, commune search, countries.
enum ReferenceDataPages {
    static let trail = Breadcrumb(label: "Référentiels territoriaux", route: .referenceData)
    static let home = Breadcrumb(label: "Accueil", route: .home)

    static func departements(
        _ departements: [Departement],
        regions: [Region],
        counts: [String: Int],
        page: PageContext
    ) -> HTML {
        let regionNames = Dictionary(uniqueKeysWithValues: regions.map { ($0.code, $0.name) })
        return Layout.page(
            title: "Référentiels territoriaux",
            page: page,
            breadcrumbs: [home, Breadcrumb(label: trail.label, route: nil)],
            main: .group(
                .h1(.text("Référentiels territoriaux")),
                .p(
                    .text(
                        "Parcours embarque le code officiel géographique de l'INSEE, la liste 2024 des quartiers prioritaires de la politique de la ville et la liste des pays. Sources et licences : INSEE, ANCT (Licence Ouverte) ; pays : mledoze/countries (ODbL)."
                    )
                ),
                .ul(
                    .class("inline-list"),
                    .li(.text("\(counts["regions"] ?? 0) régions")),
                    .li(.text("\(counts["departements"] ?? 0) départements")),
                    .li(.a(.href(SiteRoute.communeSearch.path), .text("\(counts["communes"] ?? 0) communes"))),
                    .li(.text("\(counts["qpv"] ?? 0) quartiers prioritaires")),
                    .li(.a(.href(SiteRoute.countries.path), .text("\(counts["countries"] ?? 0) pays et territoires")))
                ),
                .table(
                    .class("table"),
                    .caption(.text("Départements et déploiement d'AGIR")),
                    .thead(
                        .tr(
                            .th(.attribute(named: "scope", value: "col"), .text("Code")),
                            .th(.attribute(named: "scope", value: "col"), .text("Département")),
                            .th(.attribute(named: "scope", value: "col"), .text("Région")),
                            .th(.attribute(named: "scope", value: "col"), .text("AGIR déployé depuis"))
                        )
                    ),
                    .tbody(
                        .forEach(departements) { departement in
                            .tr(
                                .td(.text(departement.code)),
                                .th(.attribute(named: "scope", value: "row"), .text(departement.name)),
                                .td(.text(regionNames[departement.regionCode] ?? departement.regionCode)),
                                .td(.text(departement.agirDeployedOn?.french ?? "Non couvert"))
                            )
                        }
                    )
                )
            )
        )
    }

    /// A commune search result: the commune and the QPV it contains.
    struct CommuneRow: Sendable {
        let commune: Commune
        let qpv: [(code: String, name: String)]
    }

    static func communes(
        query: String,
        departementCode: String,
        departements: [Departement],
        rows: [CommuneRow],
        page: Page,
        context: PageContext
    ) -> HTML {
        Layout.page(
            title: query.isEmpty ? "Communes" : "Communes : \(query)",
            page: context,
            breadcrumbs: [home, trail, Breadcrumb(label: "Communes", route: nil)],
            main: .group(
                .h1(.text("Rechercher une commune")),
                .form(
                    .method(.get),
                    .action(SiteRoute.communeSearch.path),
                    .class("search-form"),
                    .attribute(named: "role", value: "search"),
                    TerritoryPickers.departement(departements: departements, selected: departementCode),
                    TerritoryPickers.commune(name: "q", label: "Commune", value: query),
                    .button(.type(.submit), .class("button"), .text("Rechercher"))
                ),
                query.isEmpty
                    ? .p(
                        .text(
                            "Saisissez le début d'un nom ou d'un code INSEE. Les accents, les majuscules et les traits d'union ne comptent pas."
                        )
                    )
                    : results(query: query, departementCode: departementCode, rows: rows, page: page)
            )
        )
    }

    private static func results(
        query: String,
        departementCode: String,
        rows: [CommuneRow],
        page: Page
    ) -> Node<HTML.BodyContext> {
        guard !rows.isEmpty else {
            return EmptyState.node(
                "Aucune commune ne correspond à « \(query) ». Vérifiez l'orthographe ou saisissez le code INSEE."
            )
        }
        return .group(
            .p(
                .attribute(named: "role", value: "status"),
                .text(page.total == 1 ? "1 commune trouvée." : "\(page.total) communes trouvées.")
            ),
            .table(
                .class("table"),
                .caption(.text("Communes correspondant à « \(query) »")),
                .thead(
                    .tr(
                        .th(.attribute(named: "scope", value: "col"), .text("Commune")),
                        .th(.attribute(named: "scope", value: "col"), .text("Code INSEE")),
                        .th(.attribute(named: "scope", value: "col"), .text("Département")),
                        .th(.attribute(named: "scope", value: "col"), .class("numeric"), .text("Population")),
                        .th(.attribute(named: "scope", value: "col"), .text("Quartiers prioritaires (QPV 2024)"))
                    )
                ),
                .tbody(
                    .forEach(rows) { row in
                        .tr(
                            .th(.attribute(named: "scope", value: "row"), .text(row.commune.name)),
                            .td(.text(row.commune.code)),
                            .td(.text(row.commune.departementCode)),
                            .td(.class("numeric"), .text(row.commune.population.map(NumberText.grouped) ?? "–")),
                            .td(
                                row.qpv.isEmpty
                                    ? .text("Aucun") : .ul(.forEach(row.qpv) { .li(.text("\($0.name) (\($0.code))")) })
                            )
                        )
                    }
                )
            ),
            Pagination.node(page, route: .communeSearch, query: [("q", query), ("departement", departementCode)])
        )
    }

    static func countries(_ countries: [Country], page: Page, context: PageContext) -> HTML {
        Layout.page(
            title: "Pays et territoires",
            page: context,
            breadcrumbs: [home, trail, Breadcrumb(label: "Pays", route: nil)],
            main: .group(
                .h1(.text("Pays et territoires")),
                .p(
                    .text(
                        "Codes ISO 3166-1 et noms français. Données © contributeurs de mledoze/countries, sous licence ODbL 1.0 ; codes pays de l'INSEE (COG 2025), Licence Ouverte."
                    )
                ),
                .table(
                    .class("table"),
                    .caption(.text("Pays et territoires, page \(page.number) sur \(page.pageCount)")),
                    .thead(
                        .tr(
                            .th(.attribute(named: "scope", value: "col"), .text("Code ISO")),
                            .th(.attribute(named: "scope", value: "col"), .text("Nom"))
                        )
                    ),
                    .tbody(
                        .forEach(countries[page.range]) { country in
                            .tr(
                                .td(.text(country.code)),
                                .th(.attribute(named: "scope", value: "row"), .text(country.name))
                            )
                        }
                    )
                ),
                Pagination.node(page, route: .countries, query: [])
            )
        )
    }
}

/// Numbers as French readers expect them.
enum NumberText {
    /// "1 234 567" with narrow no-break spaces between groups of three digits.
    static func grouped(_ value: Int) -> String {
        let digits = String(abs(value))
        var result = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { result.append("\u{202F}") }
            result.append(digit)
        }
        return value < 0 ? "-" + result : result
    }
}
