import Domain
import Hummingbird
import SafeHTML
import Services

/// Corrections in a household file, each form on its own page: appointments moved, cancelled, attended or missed;
/// contact notes corrected; identities corrected. Bad input or a conflict shows the page again with the message.
struct CaseFileHandlers {
    let environment: ServiceEnvironment
    let cookies: CookieSettings

    func register(on routes: RouteRegistry) {
        let sample = SiteRoute.sample
        routes.on(.casefile(.appointment(sample))) { request, context in
            try await appointmentPage(request, context)
        }
        routes.on(.casefile(.appointmentMove(sample))) { request, context in
            try await appointmentChange(request, context) { service, id, form, actor in
                let household = try await service.move(
                    appointmentID: id,
                    revision: form["revision"],
                    day: form["appointmentDay"],
                    time: form["appointmentTime"],
                    minutes: form["appointmentMinutes"],
                    place: form["appointmentPlace"],
                    actor: actor
                )
                return (household, "Rendez-vous déplacé.")
            }
        }
        routes.on(.casefile(.appointmentCancel(sample))) { request, context in
            try await appointmentChange(request, context) { service, id, form, actor in
                let household = try await service.cancel(
                    appointmentID: id,
                    revision: form["revision"],
                    reason: form["cancelReason"],
                    actor: actor
                )
                return (household, "Rendez-vous annulé ; il reste dans l'historique du dossier.")
            }
        }
        routes.on(.casefile(.appointmentOutcome(sample))) { request, context in
            try await appointmentChange(request, context) { service, id, form, actor in
                let household = try await service.recordOutcome(
                    appointmentID: id,
                    revision: form["revision"],
                    outcome: form["appointmentOutcome"],
                    actor: actor
                )
                return (
                    household, form["appointmentOutcome"] == "honore" ? "Rendez-vous honoré." : "Rendez-vous manqué."
                )
            }
        }
        routes.on(.casefile(.contact(sample))) { request, context in try await contactPage(request, context) }
        routes.on(.casefile(.contactCorrect(sample)), use: correctNote)
        routes.on(.casefile(.identity(sample))) { request, context in
            let account = try context.requireAccount(request)
            let model = try await PersonDetailsService(environment: environment).identityPage(
                personID: try AdminHandlers.id(context),
                actor: account
            )
            return HTMLResponse.make(IdentityPage.view(model, page: PageContext(request: request, context: context)))
        }
        routes.on(.casefile(.identityCorrect(sample)), use: correctIdentity)
    }

    /// An appointment's page, with the messages of a form sent back.
    func appointmentPage(
        _ request: Request,
        _ context: AppRequestContext,
        errors: FieldErrors = FieldErrors(),
        typed: [String: String] = [:],
        conflict: String? = nil,
        status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let account = try context.requireAccount(request)
        let model = try await AppointmentService(environment: environment).page(
            appointmentID: try AdminHandlers.id(context),
            actor: account
        )
        let page = PageContext(request: request, context: context)
        return HTMLResponse.make(
            AppointmentPage.view(model, errors: errors, typed: typed, conflict: conflict, page: page),
            status: status
        )
    }

    /// Runs a change of an appointment, then goes back to the file; on bad input or a conflict, the page again.
    func appointmentChange(
        _ request: Request,
        _ context: AppRequestContext,
        _ action: (AppointmentService, String, FormData, AccountSummary) async throws -> (String, String)
    ) async throws -> Response {
        let account = try context.requireAccount(request)
        let form = try await FormData.read(request, context)
        do {
            let (household, message) = try await action(
                AppointmentService(environment: environment),
                try AdminHandlers.id(context),
                form,
                account
            )
            return RedirectResponse.to(
                SiteRoute.household(household).path + "#rendez-vous",
                flash: Flash(.success, message),
                cookies: cookies
            )
        } catch DomainError.invalid(let errors) {
            return try await appointmentPage(
                request,
                context,
                errors: errors,
                typed: form.fields,
                status: .unprocessableContent
            )
        } catch DomainError.conflict(let message) {
            return try await appointmentPage(request, context, conflict: message, status: .conflict)
        }
    }

    /// A contact's page, with the messages of a correction sent back.
    func contactPage(
        _ request: Request,
        _ context: AppRequestContext,
        errors: FieldErrors = FieldErrors(),
        typed: [String: String] = [:],
        conflict: String? = nil,
        status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let account = try context.requireAccount(request)
        let model = try await CaseworkService(environment: environment).contactPage(
            contactID: try AdminHandlers.id(context),
            actor: account
        )
        let page = PageContext(request: request, context: context)
        return HTMLResponse.make(
            ContactPage.view(model, errors: errors, typed: typed, conflict: conflict, page: page),
            status: status
        )
    }

    /// Corrects a contact's note, then goes back to the file's contacts.
    @Sendable func correctNote(_ request: Request, context: AppRequestContext) async throws -> Response {
        let account = try context.requireAccount(request)
        let form = try await FormData.read(request, context)
        do {
            let household = try await CaseworkService(environment: environment).correctNote(
                contactID: try AdminHandlers.id(context),
                revision: form["revision"],
                note: form["contactNote"],
                actor: account
            )
            return RedirectResponse.to(
                SiteRoute.household(household).path + "#entretiens",
                flash: Flash(.success, "Note corrigée ; la version précédente est conservée."),
                cookies: cookies
            )
        } catch DomainError.invalid(let errors) {
            return try await contactPage(
                request,
                context,
                errors: errors,
                typed: form.fields,
                status: .unprocessableContent
            )
        } catch DomainError.conflict(let message) {
            return try await contactPage(request, context, conflict: message, status: .conflict)
        }
    }

    /// Corrects a member's identity, then goes back to the file's identities.
    @Sendable func correctIdentity(_ request: Request, context: AppRequestContext) async throws -> Response {
        let account = try context.requireAccount(request)
        let form = try await FormData.read(request, context)
        let personID = try AdminHandlers.id(context)
        let input = PersonFields.read(form)
        let service = PersonDetailsService(environment: environment)
        do {
            let outcome = try await service.correctIdentity(personID: personID, input: input, actor: account)
            return RedirectResponse.to(
                SiteRoute.household(outcome.householdID).path + "#identite",
                flash: Flash(
                    outcome.changed ? .success : .info,
                    outcome.changed ? "Identité corrigée." : "Aucun changement : l'identité est restée la même."
                ),
                cookies: cookies
            )
        } catch DomainError.invalid(let errors) {
            let model = try await service.identityPage(personID: personID, actor: account)
            return HTMLResponse.make(
                IdentityPage.view(
                    model,
                    input: input,
                    errors: errors,
                    page: PageContext(request: request, context: context)
                ),
                status: .unprocessableContent
            )
        }
    }
}
