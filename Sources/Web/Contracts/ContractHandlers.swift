import Domain
import Hummingbird
import SafeHTML
import Services

/// The contracts' list, the forms that create and change them, and a contract's page and live diagnosis.
struct ContractHandlers {
    let environment: ServiceEnvironment
    let cookies: CookieSettings

    var contracts: ContractService { ContractService(environment: environment) }

    func register(on routes: RouteRegistry) {
        routes.on(.contracts) { request, context in
            let account = try context.requireAccount(request)
            let list = try await contracts.list(actor: account)
            return HTMLResponse.make(
                ContractListPage.render(list, page: PageContext(request: request, context: context))
            )
        }
        routes.on(.contractNew) { request, context in
            HTMLResponse.make(try await formPage(request, context, contractID: nil, form: TypedForm()))
        }
        routes.on(.contractCreate) { request, context in
            let account = try context.requireAccount(request)
            let form = try await FormData.read(request, context)
            do {
                let id = try await contracts.create(input: ContractForms.contract(form), actor: account)
                return done(
                    .contract(id),
                    "Contrat créé en préparation : ajoutez ses signataires, ses axes et ses actions."
                )
            } catch DomainError.invalid(let errors) {
                return HTMLResponse.make(
                    try await formPage(
                        request,
                        context,
                        contractID: nil,
                        form: TypedForm(errors: errors, typed: form.fields)
                    ),
                    status: .unprocessableContent
                )
            }
        }
        routes.on(.contract(SiteRoute.sample)) { request, context in
            HTMLResponse.make(try await contractPage(request, context, form: TypedForm()))
        }
        routes.on(.contractEdit(SiteRoute.sample)) { request, context in
            HTMLResponse.make(
                try await formPage(request, context, contractID: try AdminHandlers.id(context), form: TypedForm())
            )
        }
        routes.on(.contractUpdate(SiteRoute.sample)) { request, context in
            let id = try AdminHandlers.id(context)
            let form = try await FormData.read(request, context)
            do {
                try await contracts.updateDraft(
                    id: id,
                    input: ContractForms.contract(form),
                    actor: try context.requireAccount(request)
                )
                return done(.contract(id), "Contrat modifié.")
            } catch DomainError.invalid(let errors) {
                return HTMLResponse.make(
                    try await formPage(
                        request,
                        context,
                        contractID: id,
                        form: TypedForm(errors: errors, typed: form.fields)
                    ),
                    status: .unprocessableContent
                )
            } catch DomainError.conflict(let message) {
                return done(.contract(id), message, kind: .error)
            }
        }
        routes.on(.contractDiagnosis(SiteRoute.sample)) { request, context in
            let (file, live) = try await contracts.diagnosis(
                id: try AdminHandlers.id(context),
                actor: try context.requireAccount(request)
            )
            return HTMLResponse.make(
                ContractDiagnosisPage.render(file, live: live, page: PageContext(request: request, context: context))
            )
        }
        registerChanges(on: routes)
    }

    /// A form posted on the contract's page: on success back to the page with a message; on bad input the page again
    /// with the messages and the values as typed; on a state conflict back with the reason.
    func change(
        success: String,
        _ action: @escaping @Sendable (ContractService, String, FormData, AccountSummary) async throws -> Void
    ) -> RouteRegistry.Handler {
        { request, context in
            let id = try AdminHandlers.id(context)
            let form = try await FormData.read(request, context)
            do {
                try await action(contracts, id, form, try context.requireAccount(request))
                return done(.contract(id), success)
            } catch DomainError.invalid(let errors) {
                return HTMLResponse.make(
                    try await contractPage(request, context, form: TypedForm(errors: errors, typed: form.fields)),
                    status: .unprocessableContent
                )
            } catch DomainError.conflict(let message) {
                return done(.contract(id), message, kind: .error)
            }
        }
    }

    func done(_ route: SiteRoute, _ message: String, kind: Flash.Kind = .success) -> Response {
        RedirectResponse.to(route.path, flash: Flash(kind, message), cookies: cookies)
    }

    func contractPage(_ request: Request, _ context: AppRequestContext, form: TypedForm) async throws -> HTML {
        let account = try context.requireAccount(request)
        let file = try await contracts.file(id: try AdminHandlers.id(context), actor: account)
        var options: ContractFormOptions?
        if file.canDraft {
            options = try await contracts.options(actor: account, departements: file.contract.departements)
        }
        return ContractPage.render(
            file,
            options: options,
            form: form,
            page: PageContext(request: request, context: context)
        )
    }

    func formPage(
        _ request: Request,
        _ context: AppRequestContext,
        contractID: String?,
        form: TypedForm
    ) async throws
        -> HTML
    {
        let account = try context.requireAccount(request)
        let options = try await contracts.options(actor: account)
        var file: ContractFile?
        if let contractID { file = try await contracts.file(id: contractID, actor: account) }
        return ContractFormPage.render(
            file,
            options: options,
            form: form,
            page: PageContext(request: request, context: context)
        )
    }
}
