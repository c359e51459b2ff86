import Domain
import Foundation
import Persistence
import SafeHTML
import Services

/// The signed-in person's own account: who they are, password change, two-factor authentication.
enum MyAccountPage {
    static func render(
        account: AccountSummary,
        secondFactorEnabled: Bool,
        secondFactorRequired: Bool,
        tokens: [ApiToken],
        now: Date,
        page: PageContext,
        errors: FieldErrors = FieldErrors(),
        tokenErrors: FieldErrors = FieldErrors(),
        secondFactorErrors: FieldErrors = FieldErrors(),
        temporaryPassword: Bool = false
    ) -> HTML {
        if temporaryPassword { return firstPassword(page: page, errors: errors) }
        return Layout.page(
            title: errors.isEmpty && tokenErrors.isEmpty && secondFactorErrors.isEmpty
                ? "Mon compte" : "Erreur – Mon compte",
            page: page,
            breadcrumbs: [Breadcrumb(label: "Accueil", route: .home), Breadcrumb(label: "Mon compte", route: nil)],
            main: .group(
                .h1(.text("Mon compte")),
                .dl(
                    .class("details"),
                    .dt(.text("Nom")),
                    .dd(.text(account.displayName)),
                    .dt(.text("Adresse e-mail")),
                    .dd(.text(account.email)),
                    .dt(.text("Organisation")),
                    .dd(.text(account.organisationName)),
                    .dt(.text("Rôle")),
                    .dd(.text(account.role.label)),
                    .dt(.text("Périmètre")),
                    .dd(.text(page.scopeLabel))
                ),
                .section(
                    .attribute(named: "aria-labelledby", value: "double-authentification"),
                    .h2(.id("double-authentification"), .text("Double authentification")),
                    .p(
                        .text(
                            secondFactorEnabled ? "Activée : un code est demandé à chaque connexion." : "Non activée."
                        )
                    ),
                    secondFactorEnabled
                        ? (secondFactorRequired
                            ? .p(.class("hint"), .text("Votre rôle l'exige : elle ne peut pas être désactivée."))
                            : disableForm(page: page, errors: secondFactorErrors))
                        : .p(
                            .a(
                                .class("button"),
                                .href(SiteRoute.secondFactorEnrolment.path),
                                .text("Activer la double authentification")
                            )
                        )
                ),
                .if(OperatorStaff().admits(account.role), CalendarSection.node(page: page)),
                ApiTokenSection.node(tokens: tokens, now: now, page: page, errors: tokenErrors),
                passwordSection(page: page, errors: errors)
            )
        )
    }

    /// The password change form.
    static func passwordSection(page: PageContext, errors: FieldErrors) -> Node<HTML.BodyContext> {
        .section(
            .attribute(named: "aria-labelledby", value: "changer-mot-de-passe"),
            .h2(.id("changer-mot-de-passe"), .text("Changer mon mot de passe")),
            FormField.errorSummary(errors),
            .form(
                .method(.post),
                .action(SiteRoute.passwordChange.path),
                .novalidate(),
                CSRFField.node(page.csrfToken),
                FormField.input(
                    name: "current",
                    label: "Mot de passe actuel",
                    type: .password,
                    errors: errors,
                    required: true,
                    autocomplete: "current-password"
                ),
                FormField.input(
                    name: "new",
                    label: "Nouveau mot de passe",
                    type: .password,
                    hint:
                        "12 caractères au moins ; une phrase de plusieurs mots est plus sûre et plus facile à retenir.",
                    errors: errors,
                    required: true,
                    autocomplete: "new-password"
                ),
                FormField.input(
                    name: "confirmation",
                    label: "Nouveau mot de passe, une seconde fois",
                    type: .password,
                    errors: errors,
                    required: true,
                    autocomplete: "new-password"
                ),
                .button(.type(.submit), .class("button"), .text("Changer le mot de passe"))
            )
        )
    }

    /// The one page an account with a temporary password reaches: its holder chooses their own first.
    static func firstPassword(page: PageContext, errors: FieldErrors) -> HTML {
        Layout.page(
            title: errors.isEmpty ? "Choisir votre mot de passe" : "Erreur – Choisir votre mot de passe",
            page: page,
            main: .div(
                .class("narrow"),
                .h1(.text("Choisissez votre mot de passe")),
                .p(
                    .text(
                        "Le mot de passe que vous venez d'utiliser a été choisi par l'administrateur : remplacez-le par "
                            + "un mot de passe que vous seul connaissez avant de continuer."
                    )
                ),
                passwordSection(page: page, errors: errors)
            )
        )
    }

    /// Turning the second factor off asks for a current code, so that a borrowed session cannot do it.
    static func disableForm(page: PageContext, errors: FieldErrors) -> Node<HTML.BodyContext> {
        .group(
            FormField.errorSummary(errors),
            .form(
                .method(.post),
                .action(SiteRoute.secondFactorDisable.path),
                .novalidate(),
                CSRFField.node(page.csrfToken),
                FormField.input(
                    name: "code",
                    label: "Code actuel de votre application (ou un code de secours)",
                    hint: "Demandé pour confirmer que c'est bien vous qui désactivez la double authentification.",
                    errors: errors,
                    required: true,
                    autocomplete: "one-time-code"
                ),
                .button(
                    .type(.submit),
                    .class("button button-secondary"),
                    .text("Désactiver la double authentification")
                )
            )
        )
    }
}
