import Domain
import Hummingbird
import Persistence
import Services

/// AGIR tools: the eligibility check, and national steering's deployment dates.
struct AgirHandlers {
    let environment: ServiceEnvironment
    let territories: TerritoryQueries
    let cookies: CookieSettings

    func register(on routes: RouteRegistry) {
        routes.on(.agirEligibilityCheck, use: eligibility)
        routes.on(.agirDeployment, use: deployment)
        routes.on(.agirDeploymentUpdate, use: updateDeployment)
    }

    /// The check form, and the outcome when the form was sent.
    @Sendable func eligibility(_ request: Request, context: AppRequestContext) async throws -> Response {
        let input = QueryInput(request)
        let query = { (name: String) in input.text(name) }
        var form = EligibilityCheckPage.Form(
            referralDate: query("orientation"),
            departement: query("departement"),
            protection: query("protection"),
            protectionDate: query("date_protection"),
            cirSignatureDate: query("date_cir"),
            joiningRelative: query("rejoignant") == "oui",
            prefectException: query("exception") == "oui"
        )
        let departements = try await territories.departements()
        var errors = FieldErrors()
        var outcome: EligibilityOutcome?
        if input.has("orientation") {
            let referral = CalendarDay(iso: form.referralDate)
            if referral == nil { errors.add("orientation", "Saisissez la date d'orientation, par exemple 2026-11-27.") }
            if !departements.contains(where: { $0.code == form.departement }) {
                errors.add("departement", "Choisissez le département de résidence.")
            }
            let protectionDate = Self.optionalDay(form.protectionDate, field: "date_protection", &errors)
            let cirDate = Self.optionalDay(form.cirSignatureDate, field: "date_cir", &errors)
            if let referral, errors.isEmpty {
                outcome = EligibilityRule.evaluate(
                    EligibilityInput(
                        referralDate: referral,
                        departementCode: form.departement,
                        protection: ProtectionKind(rawValue: form.protection),
                        protectionDate: protectionDate,
                        cirSignatureDate: cirDate,
                        joiningRelativeOfEligiblePerson: form.joiningRelative,
                        prefectException: form.prefectException
                    ),
                    departements: departements
                )
            }
        } else if case .departements(let codes) = context.account?.scope, let first = codes.first {
            form.departement = first
        }
        let html = EligibilityCheckPage.render(
            form: form,
            departements: departements,
            outcome: outcome,
            errors: errors,
            page: PageContext(request: request, context: context)
        )
        return HTMLResponse.make(html, status: errors.isEmpty ? .ok : .unprocessableContent)
    }

    /// The deployment dates, editable.
    @Sendable func deployment(_ request: Request, context: AppRequestContext) async throws -> Response {
        HTMLResponse.make(
            DeploymentPage.render(
                try await territories.departements(),
                page: PageContext(request: request, context: context)
            )
        )
    }

    /// Saves the deployment dates, all or nothing.
    @Sendable func updateDeployment(_ request: Request, context: AppRequestContext) async throws -> Response {
        let account = try context.requireAccount(request)
        let form = try await FormData.read(request, context)
        let departements = try await territories.departements()
        // A field that was not sent leaves its date unchanged; an empty one clears it.
        let typed = departements.reduce(into: [String: String]()) { typed, departement in
            typed[departement.code] = form.sent("deploiement-\(departement.code)")
        }
        do {
            let changed = try await DeploymentService(environment: environment).update(typed, actor: account)
            let message =
                changed == 0
                ? "Aucune date n'a changé."
                : FrenchNumber.count(
                    changed,
                    "date de déploiement enregistrée",
                    plural: "dates de déploiement enregistrées"
                ) + "."
            return RedirectResponse.to(SiteRoute.agirDeployment.path, flash: Flash(.success, message), cookies: cookies)
        } catch DomainError.invalid(let errors) {
            let page = DeploymentPage.render(
                departements,
                typed: typed,
                errors: errors,
                page: PageContext(request: request, context: context)
            )
            return HTMLResponse.make(page, status: .unprocessableContent)
        }
    }

    static func optionalDay(_ text: String, field: String, _ errors: inout FieldErrors) -> CalendarDay? {
        guard !text.isEmpty else { return nil }
        guard let day = CalendarDay(iso: text) else {
            errors.add(field, "Saisissez une date réelle, par exemple 2025-03-10, ou laissez vide.")
            return nil
        }
        return day
    }
}
