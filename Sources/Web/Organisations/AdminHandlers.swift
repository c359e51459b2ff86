import Domain
import Hummingbird
import Persistence
import Services

/// Administrator pages: organisations and accounts.
struct AdminHandlers {
    let environment: ServiceEnvironment
    let territories: TerritoryQueries
    let cookies: CookieSettings

    var organisations: OrganisationService { OrganisationService(environment: environment) }
    var accounts: AccountService { AccountService(environment: environment) }

    func register(on routes: RouteRegistry) {
        routes.on(.organisations, use: listOrganisations)
        routes.on(.organisationNew, use: newOrganisation)
        routes.on(.organisationCreate, use: createOrganisation)
        routes.on(.organisation(SiteRoute.sample), use: editOrganisation)
        routes.on(.organisationUpdate(SiteRoute.sample), use: updateOrganisation)
        routes.on(.organisationDeactivate(SiteRoute.sample)) { try await setOrganisationActive(false, $0, $1) }
        routes.on(.organisationReactivate(SiteRoute.sample)) { try await setOrganisationActive(true, $0, $1) }
        routes.on(.accounts, use: listAccounts)
        routes.on(.accountNew, use: newAccount)
        routes.on(.accountCreate, use: createAccount)
        routes.on(.account(SiteRoute.sample), use: editAccount)
        routes.on(.accountUpdate(SiteRoute.sample), use: updateAccount)
        routes.on(.accountDeactivate(SiteRoute.sample)) { try await setAccountActive(false, $0, $1) }
        routes.on(.accountReactivate(SiteRoute.sample)) { try await setAccountActive(true, $0, $1) }
        routes.on(.accountResetPassword(SiteRoute.sample), use: resetPassword)
    }

    // MARK: Organisations

    /// The list of organisations.
    @Sendable func listOrganisations(_ request: Request, context: AppRequestContext) async throws -> Response {
        let all = try await organisations.list(actor: context.account)
        return HTMLResponse.make(OrganisationPages.list(all, page: PageContext(request: request, context: context)))
    }

    /// The empty creation form.
    @Sendable func newOrganisation(_ request: Request, context: AppRequestContext) async throws -> Response {
        let input = OrganisationInput(name: "", kind: "", siret: "", rna: "", departementCodes: [])
        return HTMLResponse.make(
            OrganisationPages.form(
                organisation: nil,
                input: input,
                errors: FieldErrors(),
                page: PageContext(request: request, context: context)
            )
        )
    }

    /// Creates an organisation, or shows the form again with a message per field.
    @Sendable func createOrganisation(_ request: Request, context: AppRequestContext) async throws -> Response {
        let input = Self.organisationInput(try await FormData.read(request, context))
        do {
            _ = try await organisations.create(input, actor: context.account)
            return RedirectResponse.to(
                SiteRoute.organisations.path,
                flash: Flash(.success, "Organisation « \(input.name) » créée."),
                cookies: cookies
            )
        } catch DomainError.invalid(let errors) {
            let page = OrganisationPages.form(
                organisation: nil,
                input: input,
                errors: errors,
                page: PageContext(request: request, context: context)
            )
            return HTMLResponse.make(page, status: .unprocessableContent)
        }
    }

    /// The edit form of one organisation.
    @Sendable func editOrganisation(_ request: Request, context: AppRequestContext) async throws -> Response {
        let organisation = try await organisations.find(id: try Self.id(context), actor: context.account)
        let input = OrganisationInput(
            name: organisation.name,
            kind: organisation.kind.rawValue,
            siret: organisation.siret ?? "",
            rna: organisation.rna ?? "",
            departementCodes: organisation.departementCodes
        )
        return HTMLResponse.make(
            OrganisationPages.form(
                organisation: organisation,
                input: input,
                errors: FieldErrors(),
                page: PageContext(request: request, context: context)
            )
        )
    }

    /// Saves an organisation, or shows the form again with a message per field.
    @Sendable func updateOrganisation(_ request: Request, context: AppRequestContext) async throws -> Response {
        let id = try Self.id(context)
        let organisation = try await organisations.find(id: id, actor: context.account)
        let input = Self.organisationInput(try await FormData.read(request, context))
        do {
            try await organisations.update(id: id, input, actor: context.account)
            return RedirectResponse.to(
                SiteRoute.organisations.path,
                flash: Flash(.success, "Organisation « \(input.name) » enregistrée."),
                cookies: cookies
            )
        } catch DomainError.invalid(let errors) {
            let page = OrganisationPages.form(
                organisation: organisation,
                input: input,
                errors: errors,
                page: PageContext(request: request, context: context)
            )
            return HTMLResponse.make(page, status: .unprocessableContent)
        }
    }

    /// Deactivates or reactivates an organisation.
    func setOrganisationActive(
        _ active: Bool,
        _ request: Request,
        _ context: AppRequestContext
    ) async throws -> Response {
        let id = try Self.id(context)
        if !active, !Confirmation.errors(try await FormData.read(request, context), message: "").isEmpty {
            return RedirectResponse.to(
                SiteRoute.organisation(id).path,
                flash: Flash(.error, "Cochez la case pour confirmer la désactivation : rien n'a changé."),
                cookies: cookies
            )
        }
        try await organisations.setActive(active, id: id, actor: context.account)
        let message = active ? "Organisation réactivée." : "Organisation désactivée."
        return RedirectResponse.to(SiteRoute.organisation(id).path, flash: Flash(.success, message), cookies: cookies)
    }

    // MARK: Accounts

    /// The list of accounts.
    @Sendable func listAccounts(_ request: Request, context: AppRequestContext) async throws -> Response {
        let search = QueryInput(request).text("recherche", kind: .search)
        let rows = try await accounts.listing(search: search, actor: context.account)
        return HTMLResponse.make(
            AccountPages.list(rows, search: search, page: PageContext(request: request, context: context))
        )
    }

    /// The empty creation form.
    @Sendable func newAccount(_ request: Request, context: AppRequestContext) async throws -> Response {
        let input = AccountInput(
            organisationID: "",
            email: "",
            displayName: "",
            role: "",
            scopeKind: "departements",
            departementCodes: [],
            regionCode: ""
        )
        return try await accountForm(account: nil, input: input, errors: FieldErrors(), request, context)
    }

    /// Creates an account and shows its temporary password once.
    @Sendable func createAccount(_ request: Request, context: AppRequestContext) async throws -> Response {
        let input = Self.accountInput(try await FormData.read(request, context))
        do {
            let created = try await accounts.create(input, actor: context.account)
            let account = try await accounts.find(id: created.id, actor: context.account)
            return HTMLResponse.make(
                AccountPages.password(
                    account: account,
                    password: created.password,
                    created: true,
                    page: PageContext(request: request, context: context)
                )
            )
        } catch DomainError.invalid(let errors) {
            return try await accountForm(account: nil, input: input, errors: errors, request, context)
        }
    }

    /// The edit form of one account.
    @Sendable func editAccount(_ request: Request, context: AppRequestContext) async throws -> Response {
        let account = try await accounts.find(id: try Self.id(context), actor: context.account)
        let scope = account.summary.scope
        var departements: [String] = []
        var region = ""
        switch scope {
        case .departements(let codes): departements = codes
        case .region(let code): region = code
        case .nation: break
        }
        let input = AccountInput(
            organisationID: account.summary.organisationID,
            email: account.summary.email,
            displayName: account.summary.displayName,
            role: account.summary.role.rawValue,
            scopeKind: scope.kind.rawValue,
            departementCodes: departements,
            regionCode: region
        )
        return try await accountForm(account: account, input: input, errors: FieldErrors(), request, context)
    }

    /// Saves an account, or shows the form again with a message per field.
    @Sendable func updateAccount(_ request: Request, context: AppRequestContext) async throws -> Response {
        let id = try Self.id(context)
        let account = try await accounts.find(id: id, actor: context.account)
        let input = Self.accountInput(try await FormData.read(request, context))
        do {
            try await accounts.update(id: id, input, actor: context.account)
            return RedirectResponse.to(
                SiteRoute.accounts.path,
                flash: Flash(.success, "Compte de \(input.displayName) enregistré."),
                cookies: cookies
            )
        } catch DomainError.invalid(let errors) {
            return try await accountForm(account: account, input: input, errors: errors, request, context)
        }
    }

    /// Deactivates or reactivates an account.
    func setAccountActive(_ active: Bool, _ request: Request, _ context: AppRequestContext) async throws -> Response {
        let id = try Self.id(context)
        if !active, id == context.account?.id {
            return RedirectResponse.to(
                SiteRoute.account(id).path,
                flash: Flash(.error, "Vous ne pouvez pas désactiver votre propre compte."),
                cookies: cookies
            )
        }
        if !active, !Confirmation.errors(try await FormData.read(request, context), message: "").isEmpty {
            return RedirectResponse.to(
                SiteRoute.account(id).path,
                flash: Flash(.error, "Cochez la case pour confirmer la désactivation : rien n'a changé."),
                cookies: cookies
            )
        }
        try await accounts.setActive(active, id: id, actor: context.account)
        let message = active ? "Compte réactivé." : "Compte désactivé ; ses sessions sont fermées."
        return RedirectResponse.to(SiteRoute.account(id).path, flash: Flash(.success, message), cookies: cookies)
    }

    /// Resets an account's password and shows the temporary one once.
    @Sendable func resetPassword(_ request: Request, context: AppRequestContext) async throws -> Response {
        let id = try Self.id(context)
        let password = try await accounts.resetPassword(id: id, actor: context.account)
        let account = try await accounts.find(id: id, actor: context.account)
        return HTMLResponse.make(
            AccountPages.password(
                account: account,
                password: password,
                created: false,
                page: PageContext(request: request, context: context)
            )
        )
    }

    private func accountForm(
        account: AccountDetails?,
        input: AccountInput,
        errors: FieldErrors,
        _ request: Request,
        _ context: AppRequestContext
    ) async throws -> Response {
        let page = AccountPages.form(
            account: account,
            input: input,
            organisations: try await organisations.list(actor: context.account),
            regions: try await territories.regions(),
            errors: errors,
            page: PageContext(request: request, context: context)
        )
        return HTMLResponse.make(page, status: errors.isEmpty ? .ok : .unprocessableContent)
    }

    // MARK: Form reading

    static func id(_ context: AppRequestContext) throws -> String {
        guard let id = context.parameters.get("id"), !id.isEmpty else { throw WebError.notFound }
        return id
    }

    static func codes(_ text: String) -> [String] {
        text.split(whereSeparator: { $0 == "," || $0 == ";" || $0 == " " }).map { $0.uppercased() }
    }

    static func organisationInput(_ form: FormData) -> OrganisationInput {
        OrganisationInput(
            name: form["name"],
            kind: form["kind"],
            siret: form["siret"],
            rna: form["rna"],
            departementCodes: codes(form["departements"])
        )
    }

    static func accountInput(_ form: FormData) -> AccountInput {
        AccountInput(
            organisationID: form["organisationID"],
            email: form["email"],
            displayName: form["displayName"],
            role: form["role"],
            scopeKind: form["scopeKind"],
            departementCodes: codes(form["departements"]),
            regionCode: form["regionCode"]
        )
    }
}
