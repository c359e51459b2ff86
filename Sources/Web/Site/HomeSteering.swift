import Domain
import Persistence
import SafeHTML
import Services

/// The home page's figures for steering roles (the territory's key figures over twelve months) and the OFII agent's
/// referrals that need attention (pending, refused).
enum HomeSteering {
    /// The key figures shown on a steering home page, as published on the dashboard.
    static let indicators: [IndicatorDefinition] = [
        IndicatorCatalogue.referrals, IndicatorCatalogue.householdsInSupport, IndicatorCatalogue.welcomeDelay,
        IndicatorCatalogue.housingExit, IndicatorCatalogue.activityExit,
    ]

    static func keyFigures(_ dashboard: Dashboard, link: String) -> Node<HTML.BodyContext> {
        .section(
            .attribute(named: "aria-labelledby", value: "chiffres-cles"),
            .h2(.id("chiffres-cles"), .text("Chiffres clés – \(dashboard.title)")),
            .p(.class("hint"), .text("Période : \(dashboard.period.label). Effectifs de 1 à 4 masqués (« < 5 »).")),
            DataTable.node(
                caption: "Chiffres clés des 12 derniers mois",
                columns: ["Indicateur", "Valeur", "Cible nationale"],
                rows: indicators.map { indicator in
                    let column = PublishedColumn(indicator, parts: [], total: dashboard.total)
                    return [
                        DataTable.header(indicator.label), .td(.class("numeric"), .text(column.total)),
                        DataTable.cell(
                            indicator.target.map { IndicatorCataloguePage.target($0, indicator.unit) } ?? "–"
                        ),
                    ]
                }
            ),
            .p(.a(.href(link), .text("Ouvrir le tableau de bord complet (carte, comparaisons, graphiques)")))
        )
    }

    /// How many referrals of each kind the home page lists; the caption gives how many there are in all.
    static let referralsShown = 20

    /// An OFII agent's newest pending and refused referrals, with how many there are of each.
    struct Referrals: Sendable {
        let pending: [ReferralSummary]
        let pendingTotal: Int
        let declined: [ReferralSummary]
        let declinedTotal: Int
    }

    /// The OFII agent's pending and refused referrals, newest first.
    static func referrals(_ referrals: Referrals) -> Node<HTML.BodyContext> {
        .section(
            .attribute(named: "aria-labelledby", value: "orientations-suivi"),
            .h2(.id("orientations-suivi"), .text("Vos orientations à suivre")),
            referrals.pending.isEmpty
                ? .p(.text("Aucune orientation en attente de l'opérateur."))
                : list(
                    referrals.pending,
                    caption: "En attente de l'opérateur : "
                        + FrenchNumber.count(referrals.pendingTotal, "orientation")
                        + shownNote(referrals.pending.count, of: referrals.pendingTotal)
                ),
            referrals.declined.isEmpty
                ? .p(.text("Aucune orientation refusée."))
                : list(
                    referrals.declined,
                    caption: "Refusées par l'opérateur : "
                        + FrenchNumber.count(referrals.declinedTotal, "orientation")
                        + shownNote(referrals.declined.count, of: referrals.declinedTotal)
                ),
            .p(
                .a(.class("button"), .href(SiteRoute.referralNew.path), .text("Orienter un ménage")),
                .text(" "),
                .a(.href(SiteRoute.referrals.path), .text("Toutes vos orientations"))
            )
        )
    }

    /// " (les 20 plus récentes ci-dessous)" when the list shows only part of them.
    private static func shownNote(_ shown: Int, of total: Int) -> String {
        shown < total ? " (les \(shown) plus récentes ci-dessous)" : ""
    }

    private static func list(_ referrals: [ReferralSummary], caption: String) -> Node<HTML.BodyContext> {
        DataTable.node(
            caption: caption,
            columns: ["Personne de référence", "Orientée le", "Motif du refus"],
            rows: referrals.map { referral in
                [
                    .th(
                        .attribute(named: "scope", value: "row"),
                        .a(.href(SiteRoute.referral(referral.id).path), .text(referral.personNames))
                    ),
                    DataTable.cell(referral.referralDate.french),
                    DataTable.cell(referral.decisionReason ?? "–"),
                ]
            }
        )
    }
}
