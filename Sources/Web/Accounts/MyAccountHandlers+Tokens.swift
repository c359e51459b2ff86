import Domain
import Hummingbird
import Services

extension MyAccountHandlers {
    /// Creates a personal API token after the current password, and shows it once.
    @Sendable func createToken(_ request: Request, context: AppRequestContext) async throws -> Response {
        let account = try context.requireAccount(request)
        // Unreachable with a token (tokens open `/api/*` only); said again here, where it matters most.
        guard !context.authenticatedByToken else { throw WebError.tokenOutsideAPI }
        let form = try await FormData.read(request, context)
        do {
            let created = try await ApiTokenService(environment: environment).create(
                account: account,
                name: form["name"],
                days: BoundedInteger.parse(form["days"], in: 0...3_650) ?? 0,
                password: form.raw("password"),
                address: context.remoteAddress
            )
            return HTMLResponse.make(
                ApiTokenSection.created(created, page: PageContext(request: request, context: context))
            )
        } catch DomainError.invalid(let errors) {
            return HTMLResponse.make(
                try await page(request, context, tokenErrors: errors),
                status: .unprocessableContent
            )
        } catch DomainError.throttled(let message) {
            var errors = FieldErrors()
            errors.add("password", message)
            return HTMLResponse.make(try await page(request, context, tokenErrors: errors), status: .tooManyRequests)
        }
    }

    /// Revokes one of the account's own tokens.
    @Sendable func revokeToken(_ request: Request, context: AppRequestContext) async throws -> Response {
        let account = try context.requireAccount(request)
        guard !context.authenticatedByToken else { throw WebError.tokenOutsideAPI }
        try await ApiTokenService(environment: environment).revoke(
            account: account,
            tokenID: try AdminHandlers.id(context)
        )
        return RedirectResponse.to(SiteRoute.myAccount.path, flash: Flash(.success, "Jeton révoqué."), cookies: cookies)
    }
}
