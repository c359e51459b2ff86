import Domain
import Foundation
import Persistence
import SafeHTML
import Services

/// What the home page shows: the account, its missions and the AGIR deployment of its territory.
struct HomeModel: Sendable {
    let account: AccountSummary
    let departements: [Departement]
    var digest: CaseloadDigest?
    /// A steering role's territory over twelve months, and the link to its dashboard.
    var steering: (dashboard: Dashboard, link: String)?
    /// An OFII agent's referrals.
    var referrals: HomeSteering.Referrals?
    /// Overdue financial reports and applications awaiting a decision (funding agents), reports owed (associations).
    var funding: FundingDigest?
    /// The open decisions of the rencontres territoriales of the account's territory (prefecture, DREETS).
    var decisions: [DecisionRecord] = []
    /// The account's local day, to mark decisions overdue.
    var today = CalendarDay(daysSinceEpoch: 0)
    /// Persons' messages not yet read, for caseworkers and managers.
    var unreadThreads: [UnreadThread] = []

    /// Builds the model with one query: the départements of the account's scope.
    static func load(account: AccountSummary, territories: TerritoryQueries) async throws -> HomeModel {
        let all = try await territories.departements()
        let inScope: [Departement] =
            switch account.scope {
            case .nation: all
            case .region(let code): all.filter { $0.regionCode == code }
            case .departements(let codes): all.filter { codes.contains($0.code) }
            }
        return HomeModel(
            account: account,
            departements: inScope,
            digest: nil,
            steering: nil,
            referrals: nil,
            funding: nil,
            unreadThreads: []
        )
    }
}

/// Each role's home page.
enum HomePage {
    static func render(_ model: HomeModel, page: PageContext) -> HTML {
        let role = model.account.role
        let deployed = model.departements.filter { $0.agirDeployedOn != nil }
        return Layout.page(
            title: "Accueil",
            page: page,
            main: .group(
                .h1(.text("Bonjour \(model.account.displayName)")),
                .p(.class("lead"), .text("\(role.label) – \(model.account.organisationName)")),
                NewcomerHomeNotice.node(model.unreadThreads),
                .unwrap(model.digest) { HomeDigest.node($0) },
                .unwrap(model.steering) { HomeSteering.keyFigures($0.dashboard, link: $0.link) },
                .unwrap(model.referrals) { HomeSteering.referrals($0) },
                .unwrap(model.funding) { FundingHomeSection.node($0, role: role) },
                .if(!model.decisions.isEmpty, MeetingDecisionsHome.node(model.decisions, today: model.today)),
                .section(
                    .attribute(named: "aria-labelledby", value: "missions"),
                    .h2(.id("missions"), .text("Vos missions dans Parcours")),
                    .ul(.forEach(RoleMissions.missions(for: role)) { .li(.text($0)) }),
                    .p(.class("hint"), .text(RoleMissions.dataAccess(for: role)))
                ),
                .section(
                    .attribute(named: "aria-labelledby", value: "perimetre"),
                    .h2(.id("perimetre"), .text("Votre périmètre : \(page.scopeLabel)")),
                    .p(
                        .text(
                            model.departements.count == 1
                                ? (deployed.isEmpty
                                    ? "AGIR n'est pas encore déployé dans le département de votre périmètre."
                                    : "AGIR est déployé dans le département de votre périmètre.")
                                : "AGIR est déployé dans \(deployed.count) des \(model.departements.count) départements "
                                    + "de votre périmètre."
                        )
                    ),
                    model.departements.count <= 15
                        ? deploymentTable(model.departements)
                        : .p(
                            .a(
                                .href(SiteRoute.referenceData.path),
                                .text("Voir le déploiement d'AGIR dans chaque département")
                            )
                        )
                )
            )
        )
    }

    private static func deploymentTable(_ departements: [Departement]) -> Node<HTML.BodyContext> {
        guard !departements.isEmpty else {
            return EmptyState.node(
                "Aucun département n'est rattaché à votre compte. Demandez à l'administrateur de compléter votre périmètre."
            )
        }
        return .table(
            .class("table"),
            .caption(.text("Déploiement d'AGIR dans votre périmètre")),
            .thead(
                .tr(
                    .th(.attribute(named: "scope", value: "col"), .text("Département")),
                    .th(.attribute(named: "scope", value: "col"), .text("AGIR déployé depuis"))
                )
            ),
            .tbody(
                .forEach(departements) { departement in
                    .tr(
                        .th(.attribute(named: "scope", value: "row"), .text(departement.label)),
                        .td(.text(departement.agirDeployedOn?.french ?? "Non couvert"))
                    )
                }
            )
        )
    }
}

/// Dates as French readers expect them.
enum DateText {
    /// The day of an instant in metropolitan France, "1er juin 2024", or nil.
    static func day(_ date: Date?) -> String? {
        date.map { LocalTime.metropolitan.day(of: $0).french }
    }
}
