import Domain
import Hummingbird
import Persistence
import SafeHTML
import Services

extension FundingHandlers {
    func registerMoney(on routes: RouteRegistry) {
        routes.on(.funding(.instruction(SiteRoute.sample))) { request, context in
            HTMLResponse.make(try await instructionPage(request, context, form: TypedForm()))
        }
        instructionStep(.score(SiteRoute.sample), on: routes, success: "Notation et avis enregistrés.") {
            form,
            id,
            account in
            try await FundingInstructionService(environment: environment).score(
                applicationID: id,
                marks: (0..<12).map { form.sent("mark-\($0)") }.prefix { $0 != nil }.compactMap { $0 },
                opinion: form.raw("opinion"),
                actor: account
            )
        }
        instructionStep(
            .decide(SiteRoute.sample),
            on: routes,
            success: "Décision enregistrée : l'association la voit, avec sa lettre de notification."
        ) {
            form,
            id,
            account in
            var input = FundingDecisionInput()
            input.committeeID = form["committee"]
            input.outcome = form["outcome"]
            input.amounts = (0..<GrantPlan.maximumYears).compactMap { form.sent("amount-\($0)") }
            input.reason = form.raw("reason")
            input.overrun = form["overrun"] == "oui"
            input.overrunReason = form.raw("overrunReason")
            try await FundingInstructionService(environment: environment).decide(
                applicationID: id,
                input: input,
                actor: account
            )
        }
        instructionStep(.convention(SiteRoute.sample), on: routes, success: "Signature de la convention enregistrée.") {
            form,
            id,
            account in
            try await FundingMoneyService(environment: environment).signConvention(
                applicationID: id,
                signedOn: form["conventionDate"],
                reference: form.raw("conventionReference"),
                actor: account
            )
        }
        instructionStep(
            .commit(SiteRoute.sample),
            on: routes,
            success: "Subvention engagée : les AE sont consommées sur la ligne."
        ) {
            form,
            id,
            account in
            try await FundingMoneyService(environment: environment).commit(
                applicationID: id,
                legalNumber: form["legalNumber"],
                committedOn: form["committedOn"],
                actor: account
            )
        }
        instructionStep(.pay(SiteRoute.sample), on: routes, success: "Paiement enregistré : les CP sont consommés.") {
            form,
            id,
            account in
            var input = PaymentInput()
            input.kind = form["paymentKind"]
            input.planYear = form["planYear"]
            input.amount = form["paymentAmount"]
            input.paidOn = form["paidOn"]
            input.requestNumber = form["requestNumber"]
            try await FundingMoneyService(environment: environment).pay(applicationID: id, input: input, actor: account)
        }
        instructionStep(
            .acceptReport(SiteRoute.sample),
            on: routes,
            success: "Compte rendu accepté : le solde peut être versé."
        ) {
            form,
            id,
            account in
            try await FundingReportService(environment: environment).accept(
                applicationID: id,
                planYear: form["planYear"],
                note: form.raw("reviewNote-\(form["planYear"])"),
                actor: account
            )
        }
    }

    /// A step of the instruction page: a form posted, then the page again with the message, or the messages per
    /// field when the input is refused (nothing written).
    private func instructionStep(
        _ route: FundingRoute,
        on routes: RouteRegistry,
        success: String,
        _ action: @escaping @Sendable (FormData, String, AccountSummary) async throws -> Void
    ) {
        routes.on(.funding(route)) { request, context in
            let account = try context.requireAccount(request)
            let id = try Self.id(context)
            let form = try await FormData.read(request, context)
            do {
                try await action(form, id, account)
                return done(.instruction(id), success)
            } catch DomainError.invalid(let errors) {
                return HTMLResponse.make(
                    try await instructionPage(request, context, form: TypedForm(errors: errors, typed: form.fields)),
                    status: .unprocessableContent
                )
            } catch DomainError.conflict(let message) {
                return refused(.instruction(id), message)
            }
        }
    }

    private func instructionPage(_ request: Request, _ context: AppRequestContext, form: TypedForm) async throws -> HTML
    {
        let account = try context.requireAccount(request)
        guard FundingAgents().admits(account.role) else { throw WebError.notFound }
        let file = try await applications.open(id: try Self.id(context), actor: account)
        return InstructionPage.render(
            file,
            served: try await served(file),
            form: form,
            page: PageContext(request: request, context: context)
        )
    }
}
