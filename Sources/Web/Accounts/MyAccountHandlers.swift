import Domain
import HTTPTypes
import Hummingbird
import SafeHTML
import Services

/// The signed-in person's own account: password change and two-factor authentication.
struct MyAccountHandlers {
    let environment: ServiceEnvironment
    let cookies: CookieSettings

    var secondFactor: SecondFactorService { SecondFactorService(environment: environment) }

    func register(on routes: RouteRegistry) {
        routes.on(.myAccount, use: show)
        routes.on(.passwordChange, use: changePassword)
        routes.on(.secondFactorEnrolment, use: enrol)
        routes.on(.secondFactorConfirm, use: confirm)
        routes.on(.secondFactorDisable, use: disable)
        routes.on(.tokenCreate, use: createToken)
        routes.on(.tokenRevoke(SiteRoute.sample), use: revokeToken)
        routes.on(.calendarFeedRenew, use: renewCalendar)
        routes.on(.calendarFeed(SiteRoute.sample), use: calendar)
    }

    /// The account page.
    @Sendable func show(_ request: Request, context: AppRequestContext) async throws -> Response {
        HTMLResponse.make(try await page(request, context))
    }

    /// Changes the password after checking the current one; other sessions end.
    @Sendable func changePassword(_ request: Request, context: AppRequestContext) async throws -> Response {
        let account = try context.requireAccount(request)
        let form = try await FormData.read(request, context)
        do {
            try await AccountService(environment: environment).changeOwnPassword(
                account: account,
                sessionToken: context.sessionToken ?? "",
                current: form.raw("current"),
                new: form.raw("new"),
                confirmation: form.raw("confirmation"),
                address: context.remoteAddress
            )
            return RedirectResponse.to(
                SiteRoute.myAccount.path,
                flash: Flash(.success, "Mot de passe changé ; vos autres sessions sont fermées."),
                cookies: cookies
            )
        } catch DomainError.invalid(let errors) {
            return HTMLResponse.make(try await page(request, context, errors: errors), status: .unprocessableContent)
        } catch DomainError.throttled(let message) {
            var errors = FieldErrors()
            errors.add("current", message)
            return HTMLResponse.make(try await page(request, context, errors: errors), status: .tooManyRequests)
        }
    }

    /// Starts enrolment (a new secret each visit) and shows the QR code.
    @Sendable func enrol(_ request: Request, context: AppRequestContext) async throws -> Response {
        let account = try context.requireAccount(request)
        if try await secondFactor.isEnabled(accountID: account.id) {
            return RedirectResponse.to(
                SiteRoute.myAccount.path,
                flash: Flash(.info, "La double authentification est déjà activée."),
                cookies: cookies
            )
        }
        let enrolment = try await secondFactor.beginEnrolment(account: account)
        return HTMLResponse.make(
            SecondFactorPages.enrolment(
                enrolment,
                required: context.mustEnrolSecondFactor,
                page: PageContext(request: request, context: context)
            )
        )
    }

    /// Confirms enrolment with a first code and shows the recovery codes once.
    @Sendable func confirm(_ request: Request, context: AppRequestContext) async throws -> Response {
        let account = try context.requireAccount(request)
        let form = try await FormData.read(request, context)
        do {
            let codes = try await secondFactor.confirmEnrolment(account: account, code: form["code"])
            var context = context
            context.mustEnrolSecondFactor = false
            return HTMLResponse.make(
                SecondFactorPages.recoveryCodes(codes, page: PageContext(request: request, context: context))
            )
        } catch DomainError.invalid(let errors) {
            guard let enrolment = try await secondFactor.pendingEnrolment(account: account) else {
                return .redirect(to: SiteRoute.secondFactorEnrolment.path, type: .normal)
            }
            let page = SecondFactorPages.enrolment(
                enrolment,
                required: context.mustEnrolSecondFactor,
                page: PageContext(request: request, context: context),
                errors: errors
            )
            return HTMLResponse.make(page, status: .unprocessableContent)
        }
    }

    /// Turns two-factor authentication off, where the role allows it, after a current code.
    @Sendable func disable(_ request: Request, context: AppRequestContext) async throws -> Response {
        let account = try context.requireAccount(request)
        let form = try await FormData.read(request, context)
        do {
            try await secondFactor.disable(account: account, code: form["code"], address: context.remoteAddress)
            return RedirectResponse.to(
                SiteRoute.myAccount.path,
                flash: Flash(.success, "Double authentification désactivée."),
                cookies: cookies
            )
        } catch DomainError.invalid(let errors) {
            return HTMLResponse.make(
                try await page(request, context, secondFactorErrors: errors),
                status: .unprocessableContent
            )
        } catch DomainError.throttled(let message) {
            var errors = FieldErrors()
            errors.add("code", message)
            return HTMLResponse.make(
                try await page(request, context, secondFactorErrors: errors),
                status: .tooManyRequests
            )
        }
    }

    /// Creates a new private calendar link and shows it once.
    @Sendable func renewCalendar(_ request: Request, context: AppRequestContext) async throws -> Response {
        let account = try context.requireAccount(request)
        let token = try await AppointmentService(environment: environment).renewFeed(actor: account)
        let host = request.head.authority ?? "127.0.0.1"
        let scheme = cookies.secure ? "https" : "http"
        return HTMLResponse.make(
            CalendarSection.created(
                url: "\(scheme)://\(host)\(SiteRoute.calendarFeed(token).path)",
                page: PageContext(request: request, context: context)
            )
        )
    }

    /// The iCalendar feed behind a private link (no session needed: calendar applications cannot sign in).
    @Sendable func calendar(_ request: Request, context: AppRequestContext) async throws -> Response {
        guard
            let feed = try await AppointmentService(environment: environment).feed(
                token: try AdminHandlers.id(context),
                siteAddress: Self.siteAddress(request)
            )
        else { throw WebError.notFound }
        return Response(
            status: .ok,
            headers: [.contentType: "text/calendar; charset=utf-8"],
            body: .init(byteBuffer: ByteBuffer(string: feed))
        )
    }

    /// "https://parcours.example.fr": the address this request reached, behind a proxy as the proxy says, so that
    /// links written into files read outside the site are absolute.
    static func siteAddress(_ request: Request) -> String {
        let forwarded = HTTPField.Name("X-Forwarded-Proto").flatMap { request.headers[$0] }
        let scheme = forwarded == "https" || request.head.scheme == "https" ? "https" : "http"
        return "\(scheme)://\(request.head.authority ?? "localhost")"
    }

    func page(
        _ request: Request,
        _ context: AppRequestContext,
        errors: FieldErrors = FieldErrors(),
        tokenErrors: FieldErrors = FieldErrors(),
        secondFactorErrors: FieldErrors = FieldErrors()
    ) async throws -> HTML {
        let account = try context.requireAccount(request)
        return MyAccountPage.render(
            account: account,
            secondFactorEnabled: try await secondFactor.isEnabled(accountID: account.id),
            secondFactorRequired: environment.security.requiresSecondFactor(account.role),
            tokens: try await ApiTokenService(environment: environment).list(account: account),
            now: environment.time.now(),
            page: PageContext(request: request, context: context),
            errors: errors,
            tokenErrors: tokenErrors,
            secondFactorErrors: secondFactorErrors,
            temporaryPassword: context.mustChangePassword
        )
    }
}
