import Domain
import SafeHTML

/// The sign-in page: e-mail and password, with a message per field.
enum LoginPage {
    static func render(
        page: PageContext,
        email: String = "",
        returnPath: String = "",
        errors: FieldErrors = FieldErrors()
    ) -> HTML {
        Layout.page(
            title: errors.isEmpty ? "Connexion" : "Erreur – Connexion",
            page: page,
            main: .div(
                .class("narrow"),
                .h1(.text("Connexion")),
                .p(
                    .text(
                        "Parcours est réservé aux professionnels de l'accueil et de l'intégration. Connectez-vous avec l'adresse e-mail de votre compte."
                    )
                ),
                FormField.errorSummary(errors),
                .form(
                    .method(.post),
                    .action(SiteRoute.login.path),
                    .novalidate(),
                    CSRFField.node(page.csrfToken),
                    .input(.type(.hidden), .name("suite"), .value(returnPath)),
                    FormField.input(
                        name: "email",
                        label: "Adresse e-mail",
                        type: .email,
                        value: email,
                        hint: "Par exemple prenom.nom@exemple.fr",
                        errors: errors,
                        required: true,
                        autocomplete: "username"
                    ),
                    FormField.input(
                        name: "password",
                        label: "Mot de passe",
                        type: .password,
                        errors: errors,
                        required: true,
                        autocomplete: "current-password"
                    ),
                    .button(.type(.submit), .class("button"), .text("Se connecter"))
                ),
                .p(.a(.href(SiteRoute.passwordForgotten.path), .text("Mot de passe oublié ?")))
            )
        )
    }
}
