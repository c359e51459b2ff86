import Domain
import Hummingbird
import SafeHTML
import Services

/// National steering's requirement rules: the sets in force, their edits and history; and the prefecture's language
/// offer against demand.
struct RequirementRuleHandlers {
    let environment: ServiceEnvironment
    let cookies: CookieSettings

    func register(on routes: RouteRegistry) {
        routes.on(.requirementRules) { request, context in
            let editing = QueryInput(request).has("modifier") ? QueryInput(request).text("modifier") : nil
            return HTMLResponse.make(try await page(request, context, form: TypedForm(), editing: editing))
        }
        routes.on(.requirementRulesCreate) { request, context in
            try await save(request, context, editing: "nouveau") { service, input, actor in
                try await service.create(input: input, actor: actor)
            }
        }
        routes.on(.requirementRulesUpdate(SiteRoute.sample)) { request, context in
            let id = try AdminHandlers.id(context)
            return try await save(request, context, editing: id) { service, input, actor in
                try await service.update(ruleSetID: id, input: input, actor: actor)
            }
        }
        routes.on(.languageOffer(SiteRoute.sample)) { request, context in
            let offer = try await LanguageOfferService(environment: environment).offer(
                departement: try AdminHandlers.id(context),
                actor: try context.requireAccount(request)
            )
            return HTMLResponse.make(
                LanguageOfferPage.render(offer, page: PageContext(request: request, context: context))
            )
        }
    }

    private func save(
        _ request: Request,
        _ context: AppRequestContext,
        editing: String,
        _ action: (RequirementRulesService, RuleSetInput, AccountSummary) async throws -> Void
    ) async throws -> Response {
        let account = try context.requireAccount(request)
        let form = try await FormData.read(request, context)
        var input = RuleSetInput()
        input.version = form["ruleVersion"]
        input.validFrom = form["ruleFrom"]
        input.validUntil = form["ruleUntil"]
        input.note = form["ruleNote"]
        for title in ResidenceTitle.allCases {
            let key = title.rawValue
            var fields = RuleSetInput.TitleFields()
            fields.requiredLevel = form["required-\(key)"]
            fields.aimedLevel = form["aimed-\(key)"]
            fields.civicExamRequired = form["exam-\(key)"] == "oui"
            fields.protectionExemptFromLevel = form["bpiLevel-\(key)"] == "oui"
            fields.protectionExemptFromCivicExam = form["bpiExam-\(key)"] == "oui"
            fields.renewalExempt = form["renewal-\(key)"] == "oui"
            input.titles[key] = fields
        }
        do {
            try await action(RequirementRulesService(environment: environment), input, account)
            return RedirectResponse.to(
                SiteRoute.requirementRules.path,
                flash: Flash(.success, "Révision enregistrée : le moteur l'applique dès maintenant."),
                cookies: cookies
            )
        } catch DomainError.invalid(let errors) {
            return HTMLResponse.make(
                try await page(request, context, form: TypedForm(errors: errors, typed: form.fields), editing: editing),
                status: .unprocessableContent
            )
        }
    }

    private func page(
        _ request: Request,
        _ context: AppRequestContext,
        form: TypedForm,
        editing: String?
    )
        async throws -> HTML
    {
        let account = try context.requireAccount(request)
        let service = RequirementRulesService(environment: environment)
        return RequirementRulesPage.render(
            current: try await service.current(),
            history: try await service.history(actor: account),
            form: form,
            editing: editing,
            page: PageContext(request: request, context: context)
        )
    }
}
