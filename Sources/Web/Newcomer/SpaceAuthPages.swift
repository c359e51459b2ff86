import Domain
import SafeHTML

/// The space's pages before sign-in: the choice of language, sign-in, first sign-in with the letter's code, and the
/// choice of a passphrase or a PIN.
enum SpaceAuthPages {
    /// The first page: each language, named in itself, as a button.
    static func languages(_ page: SpacePageContext) -> HTML {
        let t = page.t
        return SpaceLayout.page(
            title: t(.languagesTitle),
            page,
            main: .group(
                .h1(.text(t(.languagesTitle))),
                .p(.text(t(.languagesIntro))),
                .form(
                    .method(.post),
                    .action(SiteRoute.spaceLanguageChoose.path),
                    CSRFField.node(page.csrfToken),
                    .ul(
                        .class("languages"),
                        .forEach(SpaceLanguage.allCases) { language in
                            .li(
                                .element(
                                    named: "button",
                                    nodes: [
                                        .attribute(named: "type", value: "submit"),
                                        .attribute(named: "name", value: "langue"),
                                        .attribute(named: "value", value: language.rawValue),
                                        .attribute(named: "lang", value: language.tag),
                                        .attribute(named: "dir", value: language.isRightToLeft ? "rtl" : "ltr"),
                                        .attribute(named: "class", value: "choice"),
                                        .if(
                                            language == t.language,
                                            .attribute(named: "aria-current", value: "true")
                                        ),
                                        .text(language.nativeName),
                                    ]
                                )
                            )
                        }
                    )
                )
            )
        )
    }

    /// Sign-in with the code and the passphrase or PIN.
    static func signIn(
        _ page: SpacePageContext,
        problems: SpaceFormProblems = SpaceFormProblems(),
        agentSignedIn: Bool
    ) -> HTML {
        let t = page.t
        return SpaceLayout.page(
            title: t(.signInTitle),
            page,
            main: .group(
                .h1(.text(t(.signInTitle))),
                .if(agentSignedIn, .p(.class("notice"), .text(t(.signInAgent)))),
                SpaceForms.summary(problems, t: t),
                .p(.text(t(.signInIntro))),
                .form(
                    .method(.post),
                    .action(SiteRoute.spaceSignInSubmit.path),
                    .novalidate(),
                    CSRFField.node(page.csrfToken),
                    codeField(problems, t),
                    SpaceForms.input(
                        name: "secret",
                        label: t(.signInSecret),
                        type: "password",
                        problem: problems["secret"],
                        t: t,
                        extra: [("autocomplete", "current-password")]
                    ),
                    .button(.type(.submit), .class("button"), .text(t(.signInSubmit)))
                ),
                .h2(.text(t(.signInFirst))),
                .p(.text(t(.signInFirstText))),
                .p(
                    .a(.class("button button-secondary"), .href(SiteRoute.spaceActivation.path), .text(t(.signInFirst)))
                ),
                .p(.class("hint"), .text(t(.signInLost)))
            )
        )
    }

    /// First sign-in: the letter's code alone.
    static func activation(_ page: SpacePageContext, problems: SpaceFormProblems = SpaceFormProblems()) -> HTML {
        let t = page.t
        return SpaceLayout.page(
            title: t(.activationTitle),
            page,
            main: .group(
                .h1(.text(t(.activationTitle))),
                SpaceForms.summary(problems, t: t),
                .p(.text(t(.activationIntro))),
                .form(
                    .method(.post),
                    .action(SiteRoute.spaceActivationSubmit.path),
                    .novalidate(),
                    CSRFField.node(page.csrfToken),
                    codeField(problems, t),
                    .button(.type(.submit), .class("button"), .text(t(.activationSubmit)))
                ),
                .p(.class("hint"), .text(t(.signInLost)))
            )
        )
    }

    /// The choice of a passphrase or a PIN, after the code.
    static func secret(
        _ page: SpacePageContext,
        problems: SpaceFormProblems = SpaceFormProblems(),
        kind: String = ""
    ) -> HTML {
        let t = page.t
        let kindProblem = problems["kind"]
        return SpaceLayout.page(
            title: t(.secretTitle),
            page,
            main: .group(
                .h1(.text(t(.secretTitle))),
                SpaceForms.summary(problems, t: t),
                .p(.text(t(.secretIntro))),
                .form(
                    .method(.post),
                    .action(SiteRoute.spaceSecretSubmit.path),
                    .novalidate(),
                    CSRFField.node(page.csrfToken),
                    .fieldset(
                        .class(kindProblem == nil ? "field" : "field field-error"),
                        .id("champ-kind"),
                        .element(named: "legend", text: t(.secretKind)),
                        .unwrap(kindProblem) {
                            .p(.class("error"), .text(t(.formError, ["message": SpaceForms.message($0, t)])))
                        },
                        radio("phrase", label: t(.secretKindPhrase), checked: kind != SpaceSecretKind.pin.rawValue),
                        radio("code", label: t(.secretKindCode), checked: kind == SpaceSecretKind.pin.rawValue)
                    ),
                    SpaceForms.input(
                        name: "secret",
                        label: t(.secretSecret),
                        type: "password",
                        hint: t(.secretSecretHint),
                        problem: problems["secret"],
                        t: t,
                        extra: [("autocomplete", "new-password")]
                    ),
                    SpaceForms.input(
                        name: "confirmation",
                        label: t(.secretConfirm),
                        type: "password",
                        problem: problems["confirmation"],
                        t: t,
                        extra: [("autocomplete", "new-password")]
                    ),
                    .button(.type(.submit), .class("button"), .text(t(.secretSubmit)))
                )
            )
        )
    }

    private static func codeField(_ problems: SpaceFormProblems, _ t: Translator) -> Node<HTML.FormContext> {
        SpaceForms.input(
            name: "code",
            label: t(.signInCode),
            hint: t(.signInCodeHint),
            problem: problems["code"],
            t: t,
            extra: [
                ("autocomplete", "username"), ("autocapitalize", "characters"), ("spellcheck", "false"),
                ("dir", "ltr"),
            ]
        )
    }

    private static func radio(_ value: String, label: String, checked: Bool) -> Node<HTML.FormContext> {
        let id = "type-\(value)"
        var attributes: [(StaticString, String?)] = [("type", "radio"), ("id", id), ("name", "kind"), ("value", value)]
        if checked { attributes.append(("checked", nil)) }
        return .div(.class("radio"), RawElement.input(attributes), .label(.for(id), .text(label)))
    }
}
