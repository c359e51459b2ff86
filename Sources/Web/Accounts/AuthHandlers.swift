import Domain
import Hummingbird
import Services

/// Sign-in and sign-out.
struct AuthHandlers {
    let login: LoginService
    let cookies: CookieSettings

    func register(on routes: RouteRegistry) {
        routes.on(.root, use: root)
        routes.on(.login, use: showLogin)
        routes.on(.loginSubmit, use: submitLogin)
        routes.on(.logout, use: logout)
        routes.on(.secondFactor, use: showSecondFactor)
        routes.on(.secondFactorSubmit, use: submitSecondFactor)
    }

    /// Sends visitors to the login page and signed-in people to their home page.
    @Sendable func root(_ request: Request, context: AppRequestContext) async throws -> Response {
        .redirect(to: context.account == nil ? SiteRoute.login.path : SiteRoute.home.path, type: .normal)
    }

    /// Shows the login form (or the home page to someone already signed in).
    @Sendable func showLogin(_ request: Request, context: AppRequestContext) async throws -> Response {
        if context.account != nil { return .redirect(to: SiteRoute.home.path, type: .normal) }
        let returnPath = ReturnPath.safe(request.uri.queryParameters["suite"].map(String.init) ?? "")
        return HTMLResponse.make(
            LoginPage.render(page: PageContext(request: request, context: context), returnPath: returnPath)
        )
    }

    /// Checks the credentials; on success opens a new session and goes where the person was going.
    @Sendable func submitLogin(_ request: Request, context: AppRequestContext) async throws -> Response {
        var request = request
        let form = FormData(encoded: String(buffer: try await request.collectBody(upTo: context.maxUploadSize)))
        let returnPath = ReturnPath.safe(form["suite"])
        do {
            let opened = try await login.login(
                email: form["email"],
                password: form.raw("password"),
                address: context.remoteAddress
            )
            let target: String =
                switch opened.stage {
                case .complete: returnPath.isEmpty ? SiteRoute.home.path : returnPath
                case .secondFactor:
                    SiteRoute.secondFactor.path(query: returnPath.isEmpty ? [] : [("suite", returnPath)])
                case .enrolment: SiteRoute.secondFactorEnrolment.path
                }
            var response = Response.redirect(to: target, type: .normal)
            response.setCookie(cookies.cookie(cookies.session, opened.token))
            response.setCookie(cookies.expired(cookies.csrf))
            return response
        } catch DomainError.throttled(let message) {
            var errors = FieldErrors()
            errors.add("password", message)
            let page = LoginPage.render(
                page: PageContext(request: request, context: context),
                email: form["email"],
                returnPath: returnPath,
                errors: errors
            )
            return HTMLResponse.make(page, status: .tooManyRequests)
        } catch DomainError.invalid(let errors) {
            let page = LoginPage.render(
                page: PageContext(request: request, context: context),
                email: form["email"],
                returnPath: returnPath,
                errors: errors
            )
            return HTMLResponse.make(page, status: .unprocessableContent)
        }
    }

    /// Ends the session and returns to the login page.
    @Sendable func logout(_ request: Request, context: AppRequestContext) async throws -> Response {
        if let token = context.sessionToken {
            try await login.logout(token: token, account: context.account)
        }
        var response = RedirectResponse.to(
            SiteRoute.login.path,
            flash: Flash(.info, "Vous êtes déconnecté."),
            cookies: cookies
        )
        response.setCookie(cookies.expired(cookies.session))
        return response
    }

    /// The second step of login: the code form, for a session waiting for it.
    @Sendable func showSecondFactor(_ request: Request, context: AppRequestContext) async throws -> Response {
        guard context.pendingSecondFactor != nil else {
            return .redirect(to: context.account == nil ? SiteRoute.login.path : SiteRoute.home.path, type: .normal)
        }
        let returnPath = ReturnPath.safe(request.uri.queryParameters["suite"].map(String.init) ?? "")
        return HTMLResponse.make(
            SecondFactorPages.codeForm(page: PageContext(request: request, context: context), returnPath: returnPath)
        )
    }

    /// Checks the code; on success the session is complete and the person goes where they were going.
    @Sendable func submitSecondFactor(_ request: Request, context: AppRequestContext) async throws -> Response {
        guard context.pendingSecondFactor != nil, let token = context.sessionToken else {
            return .redirect(to: SiteRoute.login.path, type: .normal)
        }
        let form = try await FormData.read(request, context)
        let returnPath = ReturnPath.safe(form["suite"])
        do {
            _ = try await login.completeSecondFactor(token: token, code: form["code"], address: context.remoteAddress)
            return .redirect(to: returnPath.isEmpty ? SiteRoute.home.path : returnPath, type: .normal)
        } catch DomainError.invalid(let errors) {
            let page = SecondFactorPages.codeForm(
                page: PageContext(request: request, context: context),
                returnPath: returnPath,
                errors: errors
            )
            return HTMLResponse.make(page, status: .unprocessableContent)
        } catch DomainError.throttled(let message) {
            var errors = FieldErrors()
            errors.add("code", message)
            let page = SecondFactorPages.codeForm(
                page: PageContext(request: request, context: context),
                returnPath: returnPath,
                errors: errors
            )
            return HTMLResponse.make(page, status: .tooManyRequests)
        }
    }
}
