import Domain
import Persistence
import SafeHTML
import Services

/// The top of a household file (issue 14, item 9): where the household stands and what to do next, the links to the
/// file's sections, and the manager's actions.
enum FileSummarySection {
    static func node(
        _ file: HouseholdService.File,
        summary: HouseholdService.Summary,
        state: HouseholdSupportSections.FormState
    ) -> Node<HTML.BodyContext> {
        let household = file.household
        return .section(
            .class("file-summary"),
            .attribute(named: "aria-labelledby", value: "en-bref"),
            .h2(.id("en-bref"), .text("En bref")),
            .dl(
                .class("summary-list"),
                .dt(.text("Étape")),
                .dd(.text(stage(summary))),
                .dt(.text("Référent")),
                .dd(
                    .text(
                        (household.caseworkerName ?? "Non affecté") + " · "
                            + (state.departements.first { $0.code == household.departement }?.label
                                ?? household.departement)
                            + (household.referralDate.map { " · orienté le \($0.french)" } ?? "")
                    )
                ),
                .dt(.text("Prochaine échéance")),
                .dd(.text(summary.nextDeadline.map(deadline) ?? "Aucune")),
                .dt(.text("Prochain rendez-vous")),
                .dd(
                    summary.nextAppointment.map { appointment in
                        .group(
                            .a(
                                .href(SiteRoute.casefile(.appointment(appointment.id)).path),
                                .text("\(appointment.startsAt.day.french) à \(appointment.startsAt.frenchTime)")
                            ),
                            .text(" – \(appointment.place)")
                        )
                    }
                        ?? .group(
                            .text("Aucun"),
                            .if(
                                state.canWrite,
                                .group(.text(" · "), .a(.href("#rendez-vous"), .text("fixer un rendez-vous")))
                            )
                        )
                )
            ),
            summary.alerts.isEmpty
                ? .p(.class("hint"), .text("Rien en retard."))
                : .ul(.class("alerts"), .forEach(summary.alerts) { .li(alert($0)) })
        )
    }

    /// "En accompagnement depuis le 24 novembre 2026", "Sorti d'AGIR".
    static func stage(_ summary: HouseholdService.Summary) -> String {
        guard summary.stage == .inSupport else { return summary.stage.label }
        return summary.entry.map { "En accompagnement depuis le \($0.french)" }
            ?? "Accepté, entretien d'accueil à faire"
    }

    /// "Contrat d'engagement à signer : 2 décembre 2026 (dans 5 jours)".
    static func deadline(_ deadline: HouseholdService.Summary.Deadline) -> String {
        let what: String
        switch deadline.kind {
        case .commitmentContract: what = "Contrat d'engagement à signer"
        case .supportEnd: what = "Fin de l'accompagnement (24 mois)"
        case .snapshot(let kind): what = kind.label
        case .planAction(let description): what = "Action du plan : \(description)"
        }
        return "\(what) : \(deadline.due.french) (\(deadline.status.label.lowercasedFirst))"
    }

    /// An alert, linked to the section where it is dealt with.
    static func alert(_ alert: HouseholdService.Summary.Alert) -> Node<HTML.BodyContext> {
        switch alert {
        case .welcomeToDo:
            return .a(.href("#etapes"), .text("Entretien d'accueil à faire"))
        case .contractLate(let days, let due):
            return .a(
                .href("#etapes"),
                .text(
                    "Contrat d'engagement non signé : échéance dépassée depuis \(FrenchNumber.count(days, "jour")) (\(due.french))"
                )
            )
        case .supportEndPassed(let days, let due):
            return .a(
                .href("#sortie"),
                .text(
                    "Durée d'accompagnement dépassée depuis \(FrenchNumber.count(days, "jour")) (\(due.french)) : enregistrer la sortie"
                )
            )
        case .lateActions(let count):
            return .a(
                .href("#plan"),
                .text(count == 1 ? "1 action du plan en retard" : "\(count) actions du plan en retard")
            )
        case .attendanceToNote(let count):
            return .a(
                .href("#rendez-vous"),
                .text(
                    count == 1
                        ? "1 rendez-vous passé : présence à noter" : "\(count) rendez-vous passés : présence à noter"
                )
            )
        }
    }

    /// A manager's actions on the household, near the top: hand it to another caseworker, or to another operator.
    static func managerActions(
        _ file: HouseholdService.File,
        state: HouseholdSupportSections.FormState,
        page: PageContext
    ) -> Node<HTML.BodyContext> {
        let reassign = !state.transferChoices.isEmpty && file.household.stage == .inSupport
        guard reassign || MoveSection.canMove(state: state, page: page) else { return .empty }
        return .section(
            .class("manager-actions"),
            .attribute(named: "aria-labelledby", value: "actions-responsable"),
            .h2(.id("actions-responsable"), .text("Actions du responsable")),
            HouseholdSupportSections.transfer(file, state: state, page: page),
            MoveSection.form(file, state: state, page: page)
        )
    }

    /// The links to the file's sections, in page order.
    static func navigation(
        _ file: HouseholdService.File,
        state: HouseholdSupportSections.FormState
    ) -> Node<HTML.BodyContext> {
        var links: [(String, String)] = [("membres", "Membres"), ("etapes", "Étapes")]
        if file.milestones.welcomeInterview != nil { links.append(("situations", "Situations")) }
        links += [("diagnostic", "Diagnostic"), ("plan", "Plan"), ("rendez-vous", "Rendez-vous")]
        if state.spaces.map({ !$0.members.isEmpty }) == true { links.append(("espaces-personnels", "Espaces")) }
        links += [("entretiens", "Entretiens"), ("sortie", "Sortie")]
        return .element(
            named: "nav",
            nodes: [
                .class("file-sections"),
                .attribute(named: "aria-label", value: "Sections du dossier"),
                .ul(.forEach(links) { anchor, label in .li(.a(.href("#" + anchor), .text(label))) }),
            ]
        )
    }
}
