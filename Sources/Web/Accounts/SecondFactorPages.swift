import Domain
import QREncoder
import SafeHTML
import Services

/// The second step of login, enrolment with a QR code, and the recovery codes shown once.
enum SecondFactorPages {
    static func codeForm(page: PageContext, returnPath: String, errors: FieldErrors = FieldErrors()) -> HTML {
        Layout.page(
            title: errors.isEmpty ? "Code de vérification" : "Erreur – Code de vérification",
            page: page,
            main: .div(
                .class("narrow"),
                .h1(.text("Code de vérification")),
                .p(
                    .text(
                        "Votre compte est protégé par une double authentification. Saisissez le code à 6 chiffres affiché par votre application d'authentification, ou l'un de vos codes de secours."
                    )
                ),
                FormField.errorSummary(errors),
                .form(
                    .method(.post),
                    .action(SiteRoute.secondFactorSubmit.path),
                    .novalidate(),
                    CSRFField.node(page.csrfToken),
                    .input(.type(.hidden), .name("suite"), .value(returnPath)),
                    FormField.input(
                        name: "code",
                        label: "Code",
                        hint: "6 chiffres, ou un code de secours comme k7q2-m9xp.",
                        errors: errors,
                        required: true,
                        autocomplete: "one-time-code",
                        extra: [("inputmode", "numeric"), ("autofocus", nil)]
                    ),
                    .button(.type(.submit), .class("button"), .text("Valider"))
                ),
                .form(
                    .method(.post),
                    .action(SiteRoute.logout.path),
                    CSRFField.node(page.csrfToken),
                    .button(.type(.submit), .class("button button-secondary"), .text("Annuler la connexion"))
                )
            )
        )
    }

    static func enrolment(
        _ enrolment: SecondFactorService.Enrolment,
        required: Bool,
        page: PageContext,
        errors: FieldErrors = FieldErrors()
    ) -> HTML {
        let qr = (try? QRCode.encode(enrolment.uri)).map {
            QRCodeImage.node($0, title: "Code QR à scanner avec votre application d'authentification")
        }
        return Layout.page(
            title: errors.isEmpty ? "Double authentification" : "Erreur – Double authentification",
            page: page,
            breadcrumbs: [
                Breadcrumb(label: "Mon compte", route: .myAccount),
                Breadcrumb(label: "Double authentification", route: nil),
            ],
            main: .div(
                .class("prose"),
                .h1(.text("Activer la double authentification")),
                .if(
                    required,
                    .div(
                        .class("flash flash-info"),
                        .attribute(named: "role", value: "status"),
                        .p(
                            .text(
                                "Votre rôle donne accès à des données nominatives : la double authentification est obligatoire avant de continuer."
                            )
                        )
                    )
                ),
                .ol(
                    .li(
                        .text(
                            "Installez une application d'authentification (par exemple FreeOTP, Aegis ou celle de votre téléphone)."
                        )
                    ),
                    .li(.text("Scannez le code QR ci-dessous, ou saisissez la clé à la main.")),
                    .li(.text("Saisissez le code à 6 chiffres que l'application affiche."))
                ),
                .unwrap(qr) { .div(.class("qr"), $0) },
                .p(.text("Clé à saisir à la main : "), .code(.class("secret"), .text(enrolment.manualKey))),
                FormField.errorSummary(errors),
                .form(
                    .method(.post),
                    .action(SiteRoute.secondFactorConfirm.path),
                    .novalidate(),
                    CSRFField.node(page.csrfToken),
                    FormField.input(
                        name: "code",
                        label: "Code affiché par l'application",
                        errors: errors,
                        required: true,
                        autocomplete: "one-time-code",
                        extra: [("inputmode", "numeric")]
                    ),
                    .button(.type(.submit), .class("button"), .text("Activer"))
                )
            )
        )
    }

    static func recoveryCodes(_ codes: [String], page: PageContext) -> HTML {
        Layout.page(
            title: "Codes de secours",
            page: page,
            breadcrumbs: [
                Breadcrumb(label: "Mon compte", route: .myAccount), Breadcrumb(label: "Codes de secours", route: nil),
            ],
            main: .div(
                .class("prose"),
                .h1(.text("Double authentification activée")),
                .p(
                    .text(
                        "Voici vos codes de secours. Chacun permet une connexion si vous n'avez plus votre téléphone, une seule fois. Conservez-les en lieu sûr : ils ne seront plus affichés."
                    )
                ),
                .ul(.class("recovery-codes"), .forEach(codes) { .li(.code(.text($0))) }),
                .p(.a(.class("button"), .href(SiteRoute.home.path), .text("Continuer")))
            )
        )
    }
}
