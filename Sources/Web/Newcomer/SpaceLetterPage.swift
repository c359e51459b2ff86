import Domain
import SafeHTML
import Services

/// The one-page letter that opens a person's space, in French and in the person's language, printed by the agent
/// right after opening: the code is shown this once and never stored in clear.
enum SpaceLetterPage {
    static func render(
        _ letter: SpaceLetter,
        address: String,
        catalogues: SpaceCatalogues,
        backRoute: SiteRoute
    ) -> HTML {
        let languages = letter.language == .french ? [SpaceLanguage.french] : [.french, letter.language]
        return HTML(
            .attribute(named: "lang", value: "fr"),
            .attribute(named: "dir", value: "ltr"),
            .head(
                .meta(.charset(.utf8)),
                .meta(.name("viewport"), .content("width=device-width, initial-scale=1")),
                .title("Lettre d'accès à l'espace personnel – Parcours"),
                .link(.rel(.stylesheet), .href(SiteRoute.asset("espace.css")))
            ),
            .body(
                .class("letter-page"),
                .div(
                    .class("no-print letter-toolbar"),
                    .attribute(named: "role", value: "status"),
                    .p(
                        .strong(.text(letter.reopened ? "Nouvelle lettre prête. " : "Lettre prête. ")),
                        .text(
                            "Imprimez-la maintenant (Ctrl + P) et remettez-la à la personne : le code ne sera plus affiché. "
                                + (letter.reopened ? "L'ancien code ne fonctionne plus. " : "")
                                + (letter.mailedTo.map { "Elle part aussi par courriel à \($0)." } ?? "")
                        )
                    ),
                    .p(.a(.href(backRoute.path), .text("Revenir à l'espace personnel de la personne")))
                ),
                .main(
                    .id("contenu"),
                    .class("letter"),
                    .forEach(languages) { language in
                        half(letter, address: address, t: Translator(language, catalogues: catalogues))
                    }
                )
            )
        )
    }

    /// The letter in one language.
    private static func half(_ letter: SpaceLetter, address: String, t: Translator) -> Node<HTML.BodyContext> {
        let organisation = letter.organisationName
        return .element(
            named: "article",
            nodes: [
                .attribute(named: "lang", value: t.language.tag),
                .attribute(named: "dir", value: t.language.isRightToLeft ? "rtl" : "ltr"),
                .class("letter-half"),
                t.language == .french ? .h1(.text(t(.letterTitle))) : .h2(.text(t(.letterTitle))),
                .p(.text(t(.letterHello, ["name": letter.personName]))),
                .p(.text(t(.letterIntro, ["organisation": organisation]))),
                .dl(
                    .class("letter-codes"),
                    .dt(.text(t(.letterAddress))),
                    .dd(.attribute(named: "dir", value: "ltr"), .class("address"), .text(address)),
                    .dt(.text(t(.letterCode))),
                    .dd(.attribute(named: "dir", value: "ltr"), .class("code"), .text(letter.code.description))
                ),
                .p(.strong(.text(t(.letterSteps)))),
                .ol(.li(.text(t(.letterStep1))), .li(.text(t(.letterStep2))), .li(.text(t(.letterStep3)))),
                .p(.text(t(.letterValid, ["date": t.date(letter.validUntil)]))),
                .p(.strong(.text(t(.letterKeep)))),
                .p(.text(t(.letterLost))),
                .p(
                    .text(
                        letter.caseworkerName.map { t(.homeCaseworker, ["name": $0, "organisation": organisation]) }
                            ?? t(.homeCaseworkerNone, ["organisation": organisation])
                    )
                ),
            ]
        )
    }
}
