import Domain
import Persistence
import SafeHTML

/// The pages of success stories for their authors and the prefecture: the list, the consent-then-story form, one
/// story with its review actions and the withdrawal of consent.
enum StoryPages {
    static func list(_ stories: [StoryRecord], page: PageContext) -> HTML {
        let isAuthor = page.account.map { StoryAuthors().admits($0.role) } ?? false
        return Layout.page(
            title: "Récits de parcours",
            page: page,
            breadcrumbs: [
                Breadcrumb(label: "Accueil", route: .home), Breadcrumb(label: "Récits de parcours", route: nil),
            ],
            main: .group(
                .h1(.text("Récits de parcours réussis")),
                .if(
                    isAuthor,
                    .p(.a(.class("button"), .href(SiteRoute.events(.storyNew).path), .text("Recueillir un récit")))
                ),
                .p(.a(.href(SiteRoute.events(.gallery).path), .text("Voir la galerie publique"))),
                stories.isEmpty
                    ? EmptyState.node(isAuthor ? "Aucun récit pour l'instant." : "Aucun récit soumis pour l'instant.")
                    : DataTable.node(
                        caption: "Récits, le plus récent d'abord",
                        columns: ["Récit", "Présenté sous le nom", "Consentement", "État"],
                        rows: stories.map { story in
                            [
                                DataTable.link(story.title, SiteRoute.events(.story(story.id)).path),
                                DataTable.cell(shownName(story)),
                                DataTable.cell(story.consentScope.label),
                                DataTable.cell(story.state.label),
                            ]
                        }
                    )
            )
        )
    }

    /// "Amal (prénom modifié)" or the real first name the person chose.
    static func shownName(_ story: StoryRecord) -> String {
        story.shownName.isEmpty
            ? "–" : story.shownName + (story.shownNameIsPseudonym ? " (prénom modifié)" : "")
    }

    static func new(form: TypedForm, page: PageContext) -> HTML {
        Layout.page(
            title: "Recueillir un récit",
            page: page,
            breadcrumbs: [
                Breadcrumb(label: "Récits de parcours", route: .events(.stories)),
                Breadcrumb(label: "Recueillir un récit", route: nil),
            ],
            main: .group(
                .h1(.text("Recueillir un récit de parcours")),
                .p(
                    .text(
                        "Le consentement de la personne vient d'abord : sans lui, rien n'est enregistré. Le récit est "
                            + "présenté sous un prénom d'emprunt, sauf si la personne choisit le sien."
                    )
                ),
                FormField.errorSummary(form.errors),
                .form(
                    .method(.post),
                    .action(SiteRoute.events(.storyCreate).path),
                    .class("stacked-form"),
                    .novalidate(),
                    CSRFField.node(page.csrfToken),
                    .group(fields(form: form)),
                    .button(.type(.submit), .class("button"), .text("Enregistrer le consentement et le récit"))
                )
            )
        )
    }

    static func fields(form: TypedForm) -> [Node<HTML.FormContext>] {
        [
            .fieldset(
                .class("field"),
                .element(named: "legend", text: "1. Consentement de la personne"),
                PathwayForm.day("consentOn", label: "Date de signature du consentement", form: form),
                FormField.select(
                    name: "consentScope",
                    label: "Portée du consentement",
                    options: ConsentScope.allCases.map { ($0.rawValue, $0.label) },
                    selected: form.value("consentScope"),
                    errors: form.errors
                ),
                FormField.checkbox(
                    name: "consentPhoto",
                    label: "La personne accepte qu'une photo accompagne le récit",
                    checked: form.value("consentPhoto") == "oui"
                ),
                FormField.checkbox(
                    name: "consentConfirmed",
                    label: "J'ai recueilli le consentement signé de la personne et je le conserve",
                    checked: form.value("consentConfirmed") == "oui"
                ),
                .unwrap(form.errors["consentConfirmed"]) { .p(.class("error-message"), .text("Erreur : \($0)")) },
                FormField.input(
                    name: "personName",
                    label: "Nom de la personne (interne, jamais publié)",
                    value: form.value("personName"),
                    errors: form.errors,
                    required: true
                )
            ),
            .fieldset(
                .class("field"),
                .element(named: "legend", text: "2. Récit"),
                FormField.input(
                    name: "shownName",
                    label: "Prénom affiché",
                    value: form.value("shownName"),
                    hint: "Laissez vide pour un prénom d'emprunt choisi par Parcours.",
                    errors: form.errors
                ),
                FormField.checkbox(
                    name: "realFirstName",
                    label: "La personne a choisi d'apparaître sous son vrai prénom",
                    checked: form.value("realFirstName") == "oui"
                ),
                FormField.input(
                    name: "storyTitle",
                    label: "Titre",
                    value: form.value("storyTitle"),
                    errors: form.errors,
                    required: true
                ),
                FormField.select(
                    name: "storyTheme",
                    label: "Étape du parcours",
                    options: EventTheme.allCases.map { ($0.rawValue, $0.label) },
                    selected: form.value("storyTheme"),
                    errors: form.errors
                ),
                EventFormFields.textArea(
                    "storyBody",
                    label: "Récit",
                    hint: "Sans détail qui permettrait de reconnaître la personne (adresse, employeur, lieu précis).",
                    form: form,
                    rows: 8
                )
            ),
        ]
    }

    static func typed(_ story: StoryRecord) -> [String: String] {
        [
            "consentOn": story.consentOn.iso, "consentScope": story.consentScope.rawValue,
            "consentPhoto": story.consentPhoto ? "oui" : "", "consentConfirmed": "oui",
            "personName": story.personName ?? "", "shownName": story.shownNameIsPseudonym ? "" : story.shownName,
            "realFirstName": story.shownNameIsPseudonym ? "" : "oui", "storyTitle": story.title,
            "storyTheme": story.theme.rawValue, "storyBody": story.body,
        ]
    }

    /// The message after an action.
    static func done(_ action: StoryAction) -> String {
        switch action {
        case .submit: "Récit soumis à la préfecture pour relecture."
        case .publish: "Récit publié sur la galerie publique."
        case .returnToAuthor: "Récit renvoyé à son auteur avec votre note."
        case .unpublish: "Récit retiré de la galerie et renvoyé à son auteur."
        }
    }
}
