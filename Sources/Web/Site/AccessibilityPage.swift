import SafeHTML

/// The accessibility statement required of French public-service software (RGAA).
enum AccessibilityPage {
    static func render(page: PageContext) -> HTML {
        Layout.page(
            title: "Déclaration d'accessibilité",
            page: page,
            breadcrumbs: [Breadcrumb(label: "Accueil", route: .home), Breadcrumb(label: "Accessibilité", route: nil)],
            main: .div(
                .class("prose"),
                .h1(.text("Déclaration d'accessibilité")),
                .p(
                    .text(
                        "Les éditeurs de Parcours s'engagent à rendre le logiciel accessible conformément à l'article 47 de la loi n° 2005-102 du 11 février 2005, selon le référentiel général d'amélioration de l'accessibilité (RGAA 4.1), qui reprend les critères WCAG 2.1 niveau AA."
                    )
                ),
                .h2(.text("État de conformité")),
                .p(
                    .text(
                        "Parcours est non conforme au RGAA 4.1 : aucun audit complet n'a encore été réalisé. Cette mention changera après l'audit."
                    )
                ),
                .h2(.text("Ce qui est vérifié à chaque version")),
                .ul(
                    .li(
                        .text(
                            "Chaque page est contrôlée automatiquement avec axe-core dans un navigateur réel ; aucune violation grave ou critique n'est admise."
                        )
                    ),
                    .li(
                        .text(
                            "Chaque page s'utilise au clavier seul, avec un lien d'évitement vers le contenu et un focus visible."
                        )
                    ),
                    .li(
                        .text(
                            "Chaque page fonctionne sans JavaScript ; les contrastes visent le niveau AA ; la mise en page reste lisible à 200 % de zoom et dès 360 pixels de large."
                        )
                    )
                ),
                .h2(.text("Technologies utilisées")),
                .p(.text("HTML5, CSS, et un JavaScript facultatif limité aux suggestions de saisie.")),
                .h2(.text("Retour d'information et contact")),
                .p(
                    .text(
                        "Si vous n'arrivez pas à accéder à un contenu ou à un service, contactez l'administrateur de votre organisation pour être orienté vers une alternative accessible."
                    )
                ),
                .h2(.text("Voie de recours")),
                .p(
                    .text(
                        "Si vous constatez un défaut d'accessibilité qui vous empêche d'accéder à un contenu ou à une fonctionnalité, que vous nous l'avez signalé et que vous n'avez pas obtenu de réponse satisfaisante, vous pouvez saisir le Défenseur des droits (défenseurdesdroits.fr), par courrier gratuit sans affranchissement : Défenseur des droits, Libre réponse 71120, 75342 Paris CEDEX 07."
                    )
                )
            )
        )
    }
}
