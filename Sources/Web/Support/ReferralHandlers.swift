import Domain
import Hummingbird
import Persistence
import SafeHTML
import Services

/// Referrals: the OFII agent's form, the lists, one referral and the operator manager's decision.
struct ReferralHandlers {
    let environment: ServiceEnvironment
    let territories: TerritoryQueries
    let cookies: CookieSettings

    var referrals: ReferralService { ReferralService(environment: environment) }

    func register(on routes: RouteRegistry) {
        routes.on(.referrals, use: list)
        routes.on(.referralNew, use: new)
        routes.on(.referralCreate, use: create)
        routes.on(.referral(SiteRoute.sample), use: show)
        routes.on(.referralDecide(SiteRoute.sample), use: decide)
    }

    /// The referrals the account may see.
    @Sendable func list(_ request: Request, context: AppRequestContext) async throws -> Response {
        let account = try context.requireAccount(request)
        let found = try await referrals.page(
            actor: account,
            page: QueryInput(request).page(),
            size: ReferralPages.pageSize
        )
        return HTMLResponse.make(
            ReferralPages.list(
                found.referrals,
                listPage: Page(requested: found.page, size: ReferralPages.pageSize, total: found.total),
                canCreate: account.role == .ofii,
                page: PageContext(request: request, context: context)
            )
        )
    }

    /// The empty referral form, dated today.
    @Sendable func new(_ request: Request, context: AppRequestContext) async throws -> Response {
        let account = try context.requireAccount(request)
        var input = ReferralInput()
        input.referralDate = environment.time.today(for: account).iso
        if case .departements(let codes) = account.scope, codes.count == 1 { input.departement = codes[0] }
        return try await form(input: input, duplicates: [], errors: FieldErrors(), request, context)
    }

    /// Creates the referral, or shows the form again with messages or possible duplicates.
    @Sendable func create(_ request: Request, context: AppRequestContext) async throws -> Response {
        let account = try context.requireAccount(request)
        let form = try await FormData.read(request, context)
        let input = Self.input(form)
        do {
            switch try await referrals.create(
                input,
                duplicatesReviewed: form["duplicatesReviewed"] == "oui",
                actor: account
            ) {
            case .created(let id):
                return RedirectResponse.to(
                    SiteRoute.referral(id).path,
                    flash: Flash(.success, "Ménage orienté vers l'opérateur AGIR."),
                    cookies: cookies
                )
            case .possibleDuplicates(let duplicates):
                return try await self.form(
                    input: input,
                    duplicates: duplicates,
                    errors: FieldErrors(),
                    request,
                    context
                )
            case .refused(let eligibility, let errors):
                return try await self.form(
                    input: input,
                    duplicates: [],
                    eligibility: eligibility,
                    errors: errors,
                    request,
                    context
                )
            }
        } catch DomainError.invalid(let errors) {
            return try await self.form(input: input, duplicates: [], errors: errors, request, context)
        }
    }

    /// One referral with its eligibility, and the decision form for the operator's manager.
    @Sendable func show(_ request: Request, context: AppRequestContext) async throws -> Response {
        HTMLResponse.make(try await detail(request, context, errors: FieldErrors()))
    }

    /// Accepts (assigning a caseworker) or declines (with a reason) a pending referral.
    @Sendable func decide(_ request: Request, context: AppRequestContext) async throws -> Response {
        let account = try context.requireAccount(request)
        let id = try AdminHandlers.id(context)
        let form = try await FormData.read(request, context)
        let accept = form["decision"] == "accepter"
        do {
            try await referrals.decide(
                id: id,
                accept: accept,
                caseworkerID: form["caseworker"],
                reason: form["reason"],
                actor: account
            )
            let message =
                accept
                ? "Orientation acceptée ; le référent est affecté." : "Orientation refusée ; l'OFII en est informé."
            return RedirectResponse.to(SiteRoute.referral(id).path, flash: Flash(.success, message), cookies: cookies)
        } catch DomainError.invalid(let errors) {
            return HTMLResponse.make(try await detail(request, context, errors: errors), status: .unprocessableContent)
        }
    }

    private func detail(_ request: Request, _ context: AppRequestContext, errors: FieldErrors) async throws -> HTML {
        let account = try context.requireAccount(request)
        let referral = try await referrals.read(id: try AdminHandlers.id(context), actor: account)
        let canDecide = account.role == .responsable
        let caseworkers = canDecide ? try await referrals.caseworkers(for: referral, actor: account) : []
        return ReferralPages.detail(
            referral,
            caseworkers: caseworkers,
            canDecide: canDecide,
            errors: errors,
            page: PageContext(request: request, context: context)
        )
    }

    private func form(
        input: ReferralInput,
        duplicates: [ReferralService.Duplicate],
        eligibility: EligibilityOutcome? = nil,
        errors: FieldErrors,
        _ request: Request,
        _ context: AppRequestContext
    ) async throws -> Response {
        let account = try context.requireAccount(request)
        let departements = try await territories.departements().filter { departement in
            switch account.scope {
            case .departements(let codes): codes.contains(departement.code)
            case .region(let code): departement.regionCode == code
            case .nation: true
            }
        }
        let choices = ReferralFormPage.Choices(
            departements: departements,
            countries: try await territories.nationalities()
        )
        let page = ReferralFormPage.render(
            input: input,
            choices: choices,
            duplicates: duplicates,
            eligibility: eligibility,
            errors: errors,
            page: PageContext(request: request, context: context)
        )
        return HTMLResponse.make(page, status: errors.isEmpty && duplicates.isEmpty ? .ok : .unprocessableContent)
    }

    static func input(_ form: FormData) -> ReferralInput {
        let person = PersonFields.read(form)
        var input = ReferralInput()
        input.referralDate = form["referralDate"]
        input.departement = form["departement"]
        input.commune = form["commune"]
        input.documentNames = person.documentNames
        input.usualNames = person.usualNames
        input.birthYear = person.birthYear
        input.birthMonth = person.birthMonth
        input.birthDay = person.birthDay
        input.sex = person.sex
        input.nationality = person.nationality
        input.protection = person.protection
        input.protectionAuthority = person.protectionAuthority
        input.protectionDate = person.protectionDate
        input.cirSignatureDate = person.cirSignatureDate
        input.agdref = person.agdref
        input.joiningRelative = person.joiningRelative
        input.prefectException = form["prefectException"] == "oui"
        input.prefectInstruction = form["prefectInstruction"]
        return input
    }
}
