import Domain
import Persistence
import SafeHTML

extension StoryPages {
    /// One story for its author or the prefecture.
    static func detail(_ story: StoryRecord, actor: AccountSummary, form: TypedForm, page: PageContext) -> HTML {
        let byPrefecture = actor.role == .prefecture
        let isAuthor = !byPrefecture
        let actions = StoryAction.allCases.filter {
            if case .success = StoryRules.next(
                from: story.state,
                $0,
                byPrefecture: byPrefecture,
                consent: story.consentScope
            ) {
                return true
            }
            return false
        }
        return Layout.page(
            title: story.title,
            page: page,
            breadcrumbs: [
                Breadcrumb(label: "Récits de parcours", route: .events(.stories)),
                Breadcrumb(label: story.title, route: nil),
            ],
            main: .group(
                .h1(.text(story.title)),
                .p(.class("status"), .text("État : \(story.state.label)")),
                .unwrap(story.reviewNote) {
                    .div(.class("flash flash-info"), .p(.text("Note de la préfecture : \($0)")))
                },
                FormField.errorSummary(form.errors),
                .dl(
                    .class("facts"),
                    .dt(.text("Consentement")),
                    .dd(
                        .text(
                            "Signé le \(story.consentOn.frenchWithFirst) · \(story.consentScope.label) · photo "
                                + (story.consentPhoto ? "acceptée" : "refusée")
                                + (story.consentWithdrawnOn.map { " · retiré le \($0.frenchWithFirst)" } ?? "")
                        )
                    ),
                    .dt(.text("Présenté sous le nom")),
                    .dd(.text(shownName(story))),
                    .if(isAuthor, .group(.dt(.text("Personne")), .dd(.text(story.personName ?? "effacé")))),
                    .dt(.text("Étape du parcours")),
                    .dd(.text(story.theme.label))
                ),
                .if(
                    story.state != .withdrawn,
                    .group(.h2(.text("Récit")), .forEach(story.body.split(separator: "\n")) { .p(.text(String($0))) })
                ),
                .if(
                    story.state == .published,
                    .p(.a(.href(SiteRoute.events(.publicStory(story.id)).path), .text("Voir sur la galerie publique")))
                ),
                .if(
                    !actions.isEmpty,
                    .section(
                        .h2(.text("Relecture")),
                        .forEach(actions) { action in
                            .form(
                                .method(.post),
                                .action(SiteRoute.events(.storyAction(story.id)).path),
                                .class(
                                    action == .returnToAuthor || action == .unpublish ? "stacked-form" : "inline-form"
                                ),
                                CSRFField.node(page.csrfToken),
                                .input(.type(.hidden), .name("action"), .value(action.rawValue)),
                                .if(
                                    action == .returnToAuthor || action == .unpublish,
                                    EventFormFields.textArea(
                                        "storyReviewNote",
                                        label: "Note à l'auteur",
                                        form: TypedForm(),
                                        rows: 3
                                    )
                                ),
                                .button(.type(.submit), .class("button"), .text(label(action)))
                            )
                        }
                    )
                ),
                .if(
                    story.state != .withdrawn,
                    .section(
                        .h2(.text("Retrait du consentement")),
                        .p(
                            .text(
                                "Si la personne retire son consentement, le récit quitte aussitôt la galerie publique "
                                    + "et son texte est effacé."
                            )
                        ),
                        ActionButton.node(
                            "Enregistrer le retrait du consentement",
                            route: .events(.storyWithdraw(story.id)),
                            csrf: page.csrfToken
                        )
                    )
                ),
                .if(
                    isAuthor && StoryRules.canEdit(story.state),
                    .section(
                        .h2(.text("Modifier")),
                        .form(
                            .method(.post),
                            .action(SiteRoute.events(.storyUpdate(story.id)).path),
                            .class("stacked-form"),
                            .novalidate(),
                            CSRFField.node(page.csrfToken),
                            .group(fields(form: form)),
                            .button(.type(.submit), .class("button"), .text("Enregistrer les modifications"))
                        )
                    )
                )
            )
        )
    }

    static func label(_ action: StoryAction) -> String {
        switch action {
        case .submit: "Soumettre à la préfecture"
        case .publish: "Publier sur la galerie"
        case .returnToAuthor: "Renvoyer à l'auteur"
        case .unpublish: "Dépublier"
        }
    }

    /// The public gallery: published stories, pseudonymised, with no link to anything but themselves.
    static func gallery(_ stories: [StoryRecord], page: PageContext) -> HTML {
        Layout.page(
            title: "Récits de parcours réussis",
            page: page,
            breadcrumbs: [
                Breadcrumb(label: "Semaine de l'intégration", route: .events(.calendar)),
                Breadcrumb(label: "Récits de parcours", route: nil),
            ],
            main: .group(
                .h1(.text("Récits de parcours réussis")),
                .p(.text("Des personnes arrivées en France racontent leur parcours, avec leur accord.")),
                stories.isEmpty
                    ? EmptyState.node("Aucun récit publié pour l'instant.")
                    : .ul(
                        .class("event-list"),
                        .forEach(stories) { story in
                            .li(
                                .class("event-card"),
                                .h2(.a(.href(SiteRoute.events(.publicStory(story.id)).path), .text(story.title))),
                                .p(.text("\(shownName(story)) · \(story.theme.label) · \(story.departementName)"))
                            )
                        }
                    )
            )
        )
    }

    static func publicStory(_ story: StoryRecord, page: PageContext) -> HTML {
        Layout.page(
            title: story.title,
            page: page,
            breadcrumbs: [
                Breadcrumb(label: "Récits de parcours", route: .events(.gallery)),
                Breadcrumb(label: story.title, route: nil),
            ],
            main: .group(
                .h1(.text(story.title)),
                .p(.class("lead"), .text("\(shownName(story)) · \(story.theme.label) · \(story.departementName)")),
                .forEach(story.body.split(separator: "\n")) { .p(.text(String($0))) }
            )
        )
    }
}
