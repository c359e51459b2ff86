import Domain
import Foundation
import Persistence
import SafeHTML
import Services

/// The personal API tokens of the account page: the list with revocation, and the creation form.
enum ApiTokenSection {
    static func node(tokens: [ApiToken], now: Date, page: PageContext, errors: FieldErrors) -> Node<HTML.BodyContext> {
        .section(
            .attribute(named: "aria-labelledby", value: "jetons"),
            .h2(.id("jetons"), .text("Jetons d'API")),
            .p(
                .text(
                    "Un jeton permet à un programme d'utiliser l'API de Parcours avec vos droits. Traitez-le comme un mot de passe ; révoquez-le dès qu'il ne sert plus."
                )
            ),
            tokens.isEmpty
                ? EmptyState.node("Vous n'avez aucun jeton.")
                : DataTable.node(
                    caption: "Vos jetons",
                    columns: ["Nom", "Créé le", "Expire le", "Dernier usage", "État", "Action"],
                    rows: tokens.map { token in
                        let usable = token.isUsable(at: now)
                        return [
                            DataTable.header(token.name), DataTable.cell(DateText.day(token.createdAt) ?? ""),
                            DataTable.cell(DateText.day(token.expiresAt) ?? ""),
                            DataTable.cell(DateText.day(token.lastUsedAt) ?? "Jamais"),
                            DataTable.cell(token.revokedAt != nil ? "Révoqué" : (usable ? "Actif" : "Expiré")),
                            usable
                                ? .td(
                                    .form(
                                        .method(.post),
                                        .action(SiteRoute.tokenRevoke(token.id).path),
                                        .class("inline-form"),
                                        CSRFField.node(page.csrfToken),
                                        .button(
                                            .type(.submit),
                                            .class("button button-secondary"),
                                            .attribute(named: "aria-label", value: "Révoquer le jeton \(token.name)"),
                                            .text("Révoquer")
                                        )
                                    )
                                )
                                : DataTable.cell("–"),
                        ]
                    }
                ),
            FormField.errorSummary(errors),
            .form(
                .method(.post),
                .action(SiteRoute.tokenCreate.path),
                .novalidate(),
                CSRFField.node(page.csrfToken),
                FormField.input(
                    name: "name",
                    label: "Nom du nouveau jeton",
                    hint: "Par exemple « import mensuel ».",
                    errors: errors,
                    required: true
                ),
                FormField.select(
                    name: "days",
                    label: "Durée de validité",
                    options: ApiTokenService.validityChoices.map { (String($0), "\($0) jours") },
                    selected: "90",
                    placeholder: nil,
                    errors: errors
                ),
                FormField.input(
                    name: "password",
                    label: "Votre mot de passe actuel",
                    type: .password,
                    hint: "Demandé pour confirmer que c'est bien vous qui créez ce jeton.",
                    errors: errors,
                    required: true,
                    autocomplete: "current-password"
                ),
                .button(.type(.submit), .class("button"), .text("Créer un jeton"))
            )
        )
    }

    /// The page that shows a new token once.
    static func created(_ created: ApiTokenService.Created, page: PageContext) -> HTML {
        Layout.page(
            title: "Jeton créé",
            page: page,
            breadcrumbs: [
                Breadcrumb(label: "Mon compte", route: .myAccount), Breadcrumb(label: "Jeton créé", route: nil),
            ],
            main: .div(
                .class("prose"),
                .h1(.text("Jeton « \(created.token.name) » créé")),
                .p(
                    .text(
                        "Copiez ce jeton maintenant : il ne sera plus affiché. Il expire le \(DateText.day(created.token.expiresAt) ?? "")."
                    )
                ),
                .p(.code(.class("secret"), .text(created.value))),
                .p(
                    .text(
                        "Utilisation : en-tête « Authorization: Bearer » suivi du jeton, par exemple sur \(SiteRoute.apiMe.path)."
                    )
                ),
                .p(.a(.href(SiteRoute.myAccount.path), .text("Revenir à mon compte")))
            )
        )
    }
}
