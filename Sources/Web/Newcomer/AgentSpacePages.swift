import Domain
import Foundation
import SafeHTML
import Services

/// The agents' page about one person's space: where the access stands, opening or reopening it (which prints the
/// letter), closing it, and the thread of messages with the reply form.
enum AgentSpacePages {
    static func overview(
        _ model: NewcomerMessageService.Overview,
        errors: FieldErrors = FieldErrors(),
        typedReply: String = "",
        page: PageContext
    ) -> HTML {
        Layout.page(
            title: "Espace personnel de \(model.personName)",
            page: page,
            breadcrumbs: [
                Breadcrumb(label: "Accueil", route: .home),
                Breadcrumb(label: "Ménage", route: model.rights.readsMessages ? .household(model.householdID) : nil),
                Breadcrumb(label: "Espace personnel", route: nil),
            ],
            main: .group(
                .h1(.text("Espace personnel de \(model.personName)")),
                .p(
                    .class("hint"),
                    .text(
                        "La personne y voit ses rendez-vous, ses démarches, son parcours de français, ce que demande un "
                            + "titre de séjour, ses messages avec son référent et qui a consulté son dossier, dans sa langue. "
                            + "Jamais la section santé ni les notes d'entretien."
                    )
                ),
                FormField.errorSummary(errors),
                .dl(.class("details"), .dt(.text("Accès")), .dd(.text(state(model.access)))),
                .if(!model.adult, .p(.text("Un espace personnel ne s'ouvre que pour un adulte du ménage."))),
                .if(
                    !model.householdOpen,
                    .p(.text("L'accompagnement de ce ménage est terminé : son espace personnel est fermé."))
                ),
                .if(
                    model.rights.opensAccess && model.adult && model.householdOpen,
                    openForm(model, errors: errors, page: page)
                ),
                .if(
                    model.rights.opensAccess && isOpen(model.access) && model.householdOpen,
                    ActionButton.node(
                        "Fermer l'espace personnel",
                        route: .newcomerAccessClose(model.personID),
                        csrf: page.csrfToken,
                        secondary: true
                    )
                ),
                .if(model.rights.readsMessages, thread(model, errors: errors, typedReply: typedReply, page: page))
            )
        )
    }

    /// How an access stands, in a caseworker's words.
    static func state(_ access: StoredAccessState) -> String {
        switch access {
        case .none: "Pas ouvert."
        case .awaitingFirstSignIn(let until, let expired):
            expired
                ? "Code expiré le \(until.french) sans avoir servi : rouvrez l'accès pour remettre un nouveau code."
                : "Ouvert, en attente de la première connexion (code valable jusqu'au \(until.french))."
        case .active(let since, let kind):
            "Actif depuis le \(since.french) (\(kind == .pin ? "code PIN" : "phrase secrète"))."
        case .closed: "Fermé."
        }
    }

    static func isOpen(_ access: StoredAccessState) -> Bool {
        switch access {
        case .awaitingFirstSignIn, .active: true
        case .none, .closed: false
        }
    }

    private static func openForm(
        _ model: NewcomerMessageService.Overview,
        errors: FieldErrors,
        page: PageContext
    ) -> Node<HTML.BodyContext> {
        let reopening = model.access != .none
        return .form(
            .method(.post),
            .action(SiteRoute.newcomerAccessOpen(model.personID).path),
            .class("no-print"),
            CSRFField.node(page.csrfToken),
            .element(named: "h2", text: reopening ? "Rouvrir avec un nouveau code" : "Ouvrir l'accès"),
            .if(
                reopening,
                .p(
                    .text(
                        "Le code précédent, la phrase secrète ou le code PIN et les connexions en cours cessent de fonctionner."
                    )
                )
            ),
            FormField.select(
                name: "spaceLanguage",
                label: "Langue de la lettre (en plus du français)",
                options: SpaceLanguage.allCases.map {
                    ($0.rawValue, $0.frenchName.capitalizedFirst + " – " + $0.nativeName)
                },
                selected: model.suggestedLanguage.rawValue,
                placeholder: nil,
                errors: errors
            ),
            .unwrap(model.email) { email in
                .group(
                    .unwrap(errors["sendLetter"]) { .p(.class("error-message"), .text("Erreur : \($0)")) },
                    FormField.checkbox(
                        name: "sendLetter",
                        label: "Envoyer aussi la lettre par courriel à \(email)",
                        checked: false,
                        hint: "Le code y figure : ne cochez que si cette adresse est bien celle de la personne."
                    )
                )
            },
            .button(
                .type(.submit),
                .class("button"),
                .text(reopening ? "Rouvrir et imprimer la nouvelle lettre" : "Ouvrir l'accès et imprimer la lettre")
            )
        )
    }

    private static func thread(
        _ model: NewcomerMessageService.Overview,
        errors: FieldErrors,
        typedReply: String,
        page: PageContext
    ) -> Node<HTML.BodyContext> {
        .section(
            .attribute(named: "aria-labelledby", value: "messages"),
            .h2(.id("messages"), .text("Messages")),
            model.messages.isEmpty
                ? EmptyState.node("Aucun message pour le moment.")
                : .ol(
                    .class("thread"),
                    .forEach(model.messages) { message in
                        .li(
                            .class(message.fromPerson ? "message theirs" : "message mine"),
                            .p(
                                .class("hint"),
                                .text(
                                    (message.fromPerson ? model.personName : (message.authorName ?? "Référent"))
                                        + ", le "
                                        + AgentSpacePages.moment(message.sentAt, departement: model.departement)
                                )
                            ),
                            .p(.attribute(named: "dir", value: "auto"), .text(message.body))
                        )
                    }
                ),
            .if(
                model.rights.writesForHousehold && isOpen(model.access) && model.householdOpen,
                .form(
                    .method(.post),
                    .action(SiteRoute.newcomerReply(model.personID).path),
                    .novalidate(),
                    CSRFField.node(page.csrfToken),
                    .div(
                        .class(errors["reply"] == nil ? "field" : "field field-error"),
                        .label(.for("champ-reply"), .text("Votre réponse")),
                        .unwrap(errors["reply"]) { .p(.class("error-message"), .text("Erreur : \($0)")) },
                        .textarea(
                            .id("champ-reply"),
                            .attribute(named: "name", value: "reply"),
                            .attribute(named: "rows", value: "4"),
                            .text(typedReply)
                        )
                    ),
                    .button(.type(.submit), .class("button"), .text("Répondre"))
                )
            )
        )
    }

    /// "4 mars 2026 à 14 h 30", in the household's département's legal time.
    static func moment(_ instant: Date, departement: String) -> String {
        let zone = LocalTime.departement(departement)
        let (hour, minute) = zone.clock(of: instant)
        return zone.day(of: instant).french + " à "
            + (minute == 0 ? "\(hour) h" : String(format: "%d h %02d", hour, minute))
    }
}
