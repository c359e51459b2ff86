import Domain
import Hummingbird
import Services

/// The space's doors: the choice of language, sign-in, first sign-in with the letter's code, and sign-out.
struct SpaceAuthHandlers {
    let space: NewcomerHandlers
    var service: NewcomerSignInService { NewcomerSignInService(environment: space.environment) }

    func register(on routes: RouteRegistry) {
        routes.on(.spaceLanguages, use: languages)
        routes.on(.spaceLanguageChoose, use: chooseLanguage)
        routes.on(.spaceSignIn, use: signInPage)
        routes.on(.spaceSignInSubmit, use: signIn)
        routes.on(.spaceActivation, use: activationPage)
        routes.on(.spaceActivationSubmit, use: activate)
        routes.on(.spaceSecret, use: secretPage)
        routes.on(.spaceSecretSubmit, use: chooseSecret)
        routes.on(.spaceSignOut, use: signOut)
    }

    /// The first page: every language, each named in itself.
    @Sendable func languages(_ request: Request, context: AppRequestContext) async throws -> Response {
        HTMLResponse.make(SpaceAuthPages.languages(space.page(request, context)))
    }

    /// Remembers the chosen language on this device (and for a signed-in person, in their access).
    @Sendable func chooseLanguage(_ request: Request, context: AppRequestContext) async throws -> Response {
        let form = try await FormData.read(request, context)
        guard let language = SpaceLanguage(code: form["langue"]) else {
            return HTMLResponse.make(SpaceAuthPages.languages(space.page(request, context)), status: .badRequest)
        }
        var response: Response
        if let session = context.space, session.stage == .complete {
            try await service.setLanguage(language, session: session)
            response = space.redirect(.spaceHome(session.householdID))
        } else {
            response = space.redirect(.spaceSignIn)
        }
        response.setCookie(space.spaceCookies.language(language))
        return response
    }

    @Sendable func signInPage(_ request: Request, context: AppRequestContext) async throws -> Response {
        if let session = context.space, session.stage == .complete {
            return space.redirect(.spaceHome(session.householdID))
        }
        return HTMLResponse.make(
            SpaceAuthPages.signIn(space.page(request, context), agentSignedIn: context.account != nil)
        )
    }

    /// Signs a person in with their code and passphrase or PIN.
    @Sendable func signIn(_ request: Request, context: AppRequestContext) async throws -> Response {
        let form = try await FormData.read(request, context)
        do {
            let opened = try await service.signIn(
                typed: form["code"],
                secret: form.raw("secret"),
                address: context.remoteAddress
            )
            return try await enter(opened, context: context, flash: nil)
        } catch let problems as SpaceFormProblems {
            let page = SpaceAuthPages.signIn(
                space.page(request, context),
                problems: problems,
                agentSignedIn: context.account != nil
            )
            return HTMLResponse.make(
                page,
                status: problems["code"] == .tooManyTries ? .tooManyRequests : .unprocessableContent
            )
        }
    }

    @Sendable func activationPage(_ request: Request, context: AppRequestContext) async throws -> Response {
        HTMLResponse.make(SpaceAuthPages.activation(space.page(request, context)))
    }

    /// Checks the letter's code; the person then chooses their secret.
    @Sendable func activate(_ request: Request, context: AppRequestContext) async throws -> Response {
        let form = try await FormData.read(request, context)
        do {
            let opened = try await service.checkCode(typed: form["code"], address: context.remoteAddress)
            var response = space.redirect(.spaceSecret)
            response.setCookie(space.spaceCookies.session(opened.token))
            return response
        } catch let problems as SpaceFormProblems {
            let page = SpaceAuthPages.activation(space.page(request, context), problems: problems)
            return HTMLResponse.make(
                page,
                status: problems["code"] == .tooManyTries ? .tooManyRequests : .unprocessableContent
            )
        }
    }

    @Sendable func secretPage(_ request: Request, context: AppRequestContext) async throws -> Response {
        guard context.space?.stage == .activation else { return space.redirect(.spaceActivation) }
        return HTMLResponse.make(SpaceAuthPages.secret(space.page(request, context)))
    }

    /// Records the chosen passphrase or PIN and signs the person in.
    @Sendable func chooseSecret(_ request: Request, context: AppRequestContext) async throws -> Response {
        guard let token = context.spaceToken, context.space?.stage == .activation else {
            return space.redirect(.spaceActivation)
        }
        let form = try await FormData.read(request, context)
        do {
            let opened = try await service.chooseSecret(
                token: token,
                kind: form["kind"],
                secret: form.raw("secret"),
                confirmation: form.raw("confirmation")
            )
            return try await enter(opened, context: context, flash: .secretDone)
        } catch let problems as SpaceFormProblems where problems["code"] == nil {
            let page = SpaceAuthPages.secret(space.page(request, context), problems: problems, kind: form["kind"])
            return HTMLResponse.make(page, status: .unprocessableContent)
        } catch let problems as SpaceFormProblems {
            // The activation ended meanwhile (code reopened, support closed): back to the code.
            let page = SpaceAuthPages.activation(space.page(request, context), problems: problems)
            var response = HTMLResponse.make(page, status: .unprocessableContent)
            response.setCookie(space.spaceCookies.expiredSession())
            return response
        }
    }

    @Sendable func signOut(_ request: Request, context: AppRequestContext) async throws -> Response {
        let session = try space.person(context)
        if let token = context.spaceToken { try await service.signOut(token: token, session: session) }
        var response = space.redirect(.spaceSignIn, flash: .signOutDone)
        response.setCookie(space.spaceCookies.expiredSession())
        return response
    }

    /// Sets the new session's cookie, keeps the language chosen on this device, and opens the home page.
    private func enter(
        _ opened: OpenedSpaceSession,
        context: AppRequestContext,
        flash: SpaceText?
    ) async throws -> Response {
        if let chosen = context.spaceLanguage { try await service.setLanguage(chosen, session: opened.session) }
        var response = space.redirect(.spaceHome(opened.session.householdID), flash: flash)
        response.setCookie(space.spaceCookies.session(opened.token))
        return response
    }
}
