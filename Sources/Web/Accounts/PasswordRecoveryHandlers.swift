import Domain
import Hummingbird
import SafeHTML
import Services

/// "Mot de passe oublié ?": the request form and its answer, the same whether the address has an account or not.
struct PasswordRecoveryHandlers {
    let environment: ServiceEnvironment

    func register(on routes: RouteRegistry) {
        routes.on(.passwordForgotten, use: show)
        routes.on(.passwordForgottenSubmit, use: submit)
    }

    /// The form.
    @Sendable func show(_ request: Request, context: AppRequestContext) async throws -> Response {
        HTMLResponse.make(
            PasswordRecoveryPage.render(sent: false, page: PageContext(request: request, context: context))
        )
    }

    /// Records the request (for the administrator today) and says what happens next.
    @Sendable func submit(_ request: Request, context: AppRequestContext) async throws -> Response {
        let form = try await FormData.read(request, context)
        try await PasswordRecoveryService(environment: environment).request(email: form["email"])
        return HTMLResponse.make(
            PasswordRecoveryPage.render(sent: true, page: PageContext(request: request, context: context))
        )
    }
}

/// The page of a forgotten password.
enum PasswordRecoveryPage {
    static func render(sent: Bool, page: PageContext) -> HTML {
        Layout.page(
            title: "Mot de passe oublié",
            page: page,
            breadcrumbs: [
                Breadcrumb(label: "Connexion", route: .login), Breadcrumb(label: "Mot de passe oublié", route: nil),
            ],
            main: .div(
                .class("narrow"),
                .h1(.text("Mot de passe oublié")),
                sent
                    ? .div(
                        .class("flash flash-success"),
                        .id("message"),
                        .attribute(named: "role", value: "status"),
                        .attribute(named: "tabindex", value: "-1"),
                        .attribute(named: "autofocus", value: "autofocus"),
                        .p(
                            .text(
                                "Si un compte actif correspond à cette adresse, l'administrateur de Parcours voit votre "
                                    + "demande dans la liste des comptes. Il vous donnera un mot de passe provisoire, à "
                                    + "remplacer dès votre connexion. Sans nouvelles dans la journée, contactez-le "
                                    + "directement."
                            )
                        )
                    )
                    : .group(
                        .p(
                            .text(
                                "Parcours n'envoie pas encore de courriel : votre demande est transmise à "
                                    + "l'administrateur, qui vous remettra un mot de passe provisoire."
                            )
                        ),
                        .form(
                            .method(.post),
                            .action(SiteRoute.passwordForgottenSubmit.path),
                            .novalidate(),
                            CSRFField.node(page.csrfToken),
                            FormField.input(
                                name: "email",
                                label: "Adresse e-mail de votre compte",
                                type: .email,
                                required: true,
                                autocomplete: "username"
                            ),
                            .button(.type(.submit), .class("button"), .text("Demander un nouveau mot de passe"))
                        )
                    ),
                .p(.a(.href(SiteRoute.login.path), .text("Revenir à la connexion")))
            )
        )
    }
}
