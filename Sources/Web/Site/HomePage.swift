import Domain
import Foundation
import Persistence
import Plot
import Services

/// What the home page shows: the account, its missions and the AGIR deployment of its territory.
struct HomeModel: Sendable {
    let account: AccountSummary
    let departements: [Departement]
    var digest: CaseloadDigest?

    /// Builds the model with one query: the départements of the account's scope.
    static func load(account: AccountSummary, territories: TerritoryQueries) async throws -> HomeModel {
        let all = try await territories.departements()
        let inScope: [Departement] =
            switch account.scope {
            case .nation: all
            case .region(let code): all.filter { $0.regionCode == code }
            case .departements(let codes): all.filter { codes.contains($0.code) }
            }
        return HomeModel(account: account, departements: inScope, digest: nil)
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
                .unwrap(model.digest) { HomeDigest.node($0) },
                .section(
                    .attribute(named: "aria-labelledby", value: "missions"),
                    .h2(.id("missions"), .text("Vos missions dans Parcours")),
                    .ul(.forEach(RoleMissions.missions(for: role)) { .li(.text($0)) }),
                    .p(.class("hint"), .text(RoleMissions.dataAccess(for: role)))
                ),
                .section(
                    .attribute(named: "aria-labelledby", value: "perimetre"),
                    .h2(.id("perimetre"), .text("Votre périmètre : \(model.account.scope.label)")),
                    .p(
                        .text(
                            "AGIR est déployé dans \(deployed.count) des \(model.departements.count) départements de votre périmètre."
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
    /// The day of an instant in metropolitan France, "1 juin 2024", or nil.
    static func day(_ date: Date?) -> String? {
        date.map { LocalTime.metropolitan.day(of: $0).french }
    }
}
