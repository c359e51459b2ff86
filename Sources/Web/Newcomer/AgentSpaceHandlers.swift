import Domain
import Hummingbird
import Services

/// The agents' side of the space: a person's access and thread, opening (with the letter), closing, replying, and
/// the documents to bring to an appointment.
struct AgentSpaceHandlers {
    let space: NewcomerHandlers
    var messages: NewcomerMessageService { NewcomerMessageService(environment: space.environment) }

    func register(on routes: RouteRegistry) {
        routes.on(.newcomerAccess(SiteRoute.sample), use: overview)
        routes.on(.newcomerAccessOpen(SiteRoute.sample), use: open)
        routes.on(.newcomerAccessClose(SiteRoute.sample), use: close)
        routes.on(.newcomerReply(SiteRoute.sample), use: reply)
        routes.on(.appointmentDocuments(SiteRoute.sample), use: documents)
    }

    /// A person's space as the agent sees it (reading the thread is audited).
    @Sendable func overview(_ request: Request, context: AppRequestContext) async throws -> Response {
        let account = try context.requireAccount(request)
        let model = try await messages.overview(personID: try AdminHandlers.id(context), actor: account)
        return HTMLResponse.make(AgentSpacePages.overview(model, page: PageContext(request: request, context: context)))
    }

    /// Opens or reopens the access and answers with the letter to print (its code is never shown again).
    @Sendable func open(_ request: Request, context: AppRequestContext) async throws -> Response {
        let account = try context.requireAccount(request)
        let personID = try AdminHandlers.id(context)
        let form = try await FormData.read(request, context)
        do {
            let letter = try await NewcomerAccessService(environment: space.environment).open(
                personID: personID,
                language: form["spaceLanguage"],
                mail: form["sendLetter"] == "oui"
                    ? SpaceLetterMail.composer(
                        address: space.publicBaseURL + SiteRoute.spaceLanguages.path,
                        catalogues: space.catalogues
                    ) : nil,
                actor: account
            )
            let page = SpaceLetterPage.render(
                letter,
                address: address(request),
                catalogues: space.catalogues,
                backRoute: .newcomerAccess(personID)
            )
            return HTMLResponse.make(page)
        } catch DomainError.invalid(let errors) {
            let model = try await messages.overview(personID: personID, actor: account)
            let page = AgentSpacePages.overview(
                model,
                errors: errors,
                page: PageContext(request: request, context: context)
            )
            return HTMLResponse.make(page, status: .unprocessableContent)
        }
    }

    @Sendable func close(_ request: Request, context: AppRequestContext) async throws -> Response {
        let account = try context.requireAccount(request)
        let personID = try AdminHandlers.id(context)
        try await NewcomerAccessService(environment: space.environment).close(personID: personID, actor: account)
        return RedirectResponse.to(
            SiteRoute.newcomerAccess(personID).path,
            flash: Flash(.success, "Espace personnel fermé : le code et les connexions ne fonctionnent plus."),
            cookies: space.cookies
        )
    }

    @Sendable func reply(_ request: Request, context: AppRequestContext) async throws -> Response {
        let account = try context.requireAccount(request)
        let personID = try AdminHandlers.id(context)
        let form = try await FormData.read(request, context)
        do {
            try await messages.reply(personID: personID, body: form.raw("reply"), actor: account)
            return RedirectResponse.to(
                SiteRoute.newcomerAccess(personID).path,
                flash: Flash(.success, "Réponse envoyée : la personne la lira dans son espace."),
                cookies: space.cookies
            )
        } catch DomainError.invalid(let errors) {
            let model = try await messages.overview(personID: personID, actor: account)
            let page = AgentSpacePages.overview(
                model,
                errors: errors,
                typedReply: form.raw("reply"),
                page: PageContext(request: request, context: context)
            )
            return HTMLResponse.make(page, status: .unprocessableContent)
        }
    }

    /// Records the documents to bring to an appointment, then back to the household file.
    @Sendable func documents(_ request: Request, context: AppRequestContext) async throws -> Response {
        let account = try context.requireAccount(request)
        let form = try await FormData.read(request, context)
        let householdID = try await AppointmentDocumentService(environment: space.environment).set(
            appointmentID: try AdminHandlers.id(context),
            codes: form.all("documents"),
            actor: account
        )
        return RedirectResponse.to(
            SiteRoute.household(householdID).path + "#espaces-personnels",
            flash: Flash(.success, "Documents à apporter enregistrés."),
            cookies: space.cookies
        )
    }

    /// The address printed on the letter: this server as the agent reaches it, at the space's first page.
    func address(_ request: Request) -> String {
        let authority = request.head.authority ?? ""
        let safe =
            !authority.isEmpty && authority.count <= 255
            && authority.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || ".-:[]".contains($0)) }
        let scheme = space.cookies.secure ? "https" : "http"
        return "\(scheme)://\(safe ? authority : "127.0.0.1")\(SiteRoute.spaceLanguages.path)"
    }
}
