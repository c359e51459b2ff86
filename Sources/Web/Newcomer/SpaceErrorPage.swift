import Domain
import Hummingbird
import SafeHTML

/// An error on a page of the space, in the person's language.
enum SpaceErrorPage {
    /// The title and text of an error status.
    static func texts(status: Int) -> (title: SpaceText, text: SpaceText) {
        switch status {
        case 404, 405: (.errorNotFoundTitle, .errorNotFoundText)
        case 403: (.errorFormTitle, .errorFormText)
        case 500...: (.errorServerTitle, .errorServerText)
        default: (.errorRefusedTitle, .errorRefusedText)
        }
    }

    /// The page context of an error: the person's language and household when signed in.
    static func context(_ request: Request, _ context: AppRequestContext) -> SpacePageContext {
        let session = context.space?.stage == .complete ? context.space : nil
        return SpacePageContext(
            t: Translator(session?.language ?? context.spaceLanguage ?? .french),
            householdID: session?.householdID,
            csrfToken: context.csrfToken,
            flash: nil,
            path: request.uri.path
        )
    }

    static func render(status: Int, _ page: SpacePageContext) -> HTML {
        let t = page.t
        let (title, text) = texts(status: status)
        return SpaceLayout.page(
            title: t(title),
            page,
            main: .group(
                .h1(.text(t(title))),
                .p(.text(t(text))),
                .p(
                    .a(
                        .href(page.householdID.map { SiteRoute.spaceHome($0).path } ?? SiteRoute.spaceSignIn.path),
                        .text(t(.errorBack))
                    )
                )
            )
        )
    }
}
