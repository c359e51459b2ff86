import Domain
import SafeHTML

/// The entries of the main navigation, by role: a few links, and groups that open on demand (a `<details>`, so the
/// navigation fits one row at 1280 px and works without JavaScript and with the keyboard alone).
enum Navigation {
    /// One link.
    struct Item: Sendable {
        let label: String
        let route: SiteRoute
    }

    /// A top-level entry: a link, or a labelled group of links.
    enum Entry: Sendable {
        case link(Item)
        case group(String, [Item])

        /// The links the entry holds.
        var items: [Item] {
            switch self {
            case .link(let item): [item]
            case .group(_, let items): items
            }
        }
    }

    /// The one item of the section a path belongs to: the longest route that is the path or a folder of it (the
    /// deployment page under "/pilotage" is not also the dashboard); a person's pathway belongs to the households.
    static func current(path: String, among items: [Item]) -> SiteRoute? {
        let path = path.hasPrefix("/personnes/") ? SiteRoute.households.path + "/" : path
        return items.filter { item in
            let route = item.route.path
            return path == route || path.hasPrefix(route + "/")
        }.max { $0.route.path.count < $1.route.path.count }?.route
    }

    /// An entry as HTML; the group holding the current page is marked so that it shows as the active section.
    static func node(_ entry: Entry, current: SiteRoute?) -> Node<HTML.BodyContext> {
        switch entry {
        case .link(let item):
            return link(item, current: current)
        case .group(let label, let items):
            let active = items.contains { $0.route == current }
            return .element(
                named: "details",
                nodes: [
                    .class(active ? "nav-group nav-group-active" : "nav-group"),
                    .element(named: "summary", text: label),
                    .ul(.forEach(items) { .li(link($0, current: current)) }),
                ]
            )
        }
    }

    private static func link(_ item: Item, current: SiteRoute?) -> Node<HTML.BodyContext> {
        .a(
            .href(item.route.path),
            .text(item.label),
            .if(item.route == current, .attribute(named: "aria-current", value: "page"))
        )
    }

    static func entries(for role: Role) -> [Entry] {
        let home = Entry.link(Item(label: "Accueil", route: .home))
        let referenceData = Item(label: "Référentiels", route: .referenceData)
        let eligibility = Item(label: "Éligibilité AGIR", route: .agirEligibilityCheck)
        let stories = Item(label: "Récits de parcours", route: .events(.stories))
        switch role {
        case .admin:
            return [
                home, .link(Item(label: "Organisations", route: .organisations)),
                .link(Item(label: "Comptes", route: .accounts)), .link(referenceData),
            ]
        case .dpo:
            return [home, .link(Item(label: "Journal d'audit", route: .audit)), .link(referenceData)]
        case .national:
            return [
                home, .link(Item(label: "Tableau de bord", route: .dashboard)),
                .link(Item(label: "Indicateurs", route: .indicatorCatalogue)),
                .link(Item(label: "Contrats territoriaux", route: .contracts)),
                .link(Item(label: "Crédits", route: .funding(.steering))),
                .group(
                    "Semaine de l'intégration",
                    [
                        Item(label: "Éditions", route: .events(.editions)),
                        Item(label: "Semaine et rencontres", route: .events(.steering)),
                    ]
                ),
                .group(
                    "AGIR et règles",
                    [
                        eligibility, Item(label: "Déploiement", route: .agirDeployment),
                        Item(label: "Règles", route: .requirementRules), referenceData,
                    ]
                ),
            ]
        case .ofii:
            return [
                home, .link(Item(label: "Orientations", route: .referrals)), .link(eligibility), .link(referenceData),
            ]
        case .responsable:
            return [
                home, .link(Item(label: "Orientations", route: .referrals)),
                .link(Item(label: "Ménages", route: .households)),
                .link(Item(label: "Rapport mensuel", route: .activityReport)), .link(stories),
                .group("Outils", [eligibility, referenceData]),
            ]
        case .referent:
            return [
                home, .link(Item(label: "Ménages", route: .households)), .link(stories),
                .group("Outils", [eligibility, referenceData]),
            ]
        case .prefecture, .dreets:
            let week: [Item] =
                (role == .prefecture ? [Item(label: "Événements", route: .events(.events)), stories] : [])
                + [
                    Item(label: "Rencontres", route: .events(.meetings)),
                    Item(label: "Semaine et rencontres", route: .events(.steering)),
                ]
            return [
                home, .link(Item(label: "Tableau de bord", route: .dashboard)),
                .link(Item(label: "Indicateurs", route: .indicatorCatalogue)),
                .link(Item(label: "Contrats territoriaux", route: .contracts)),
                .group(
                    "Crédits",
                    [
                        Item(label: "Pilotage des crédits", route: .funding(.steering)),
                        Item(label: "Appels à projets", route: .funding(.calls)),
                    ]
                ),
                .group("Semaine et rencontres", week),
                .group("Outils", [eligibility, referenceData]),
            ]
        case .partenaire:
            return [
                home, .link(Item(label: "Mes formations", route: .courses)),
                .link(Item(label: "Subventions", route: .funding(.mine))),
                .link(Item(label: "Contrats territoriaux", route: .contracts)),
                .link(Item(label: "Événements", route: .events(.events))), .link(stories),
                .link(referenceData),
            ]
        }
    }
}
