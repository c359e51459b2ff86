import Domain
import Hummingbird
import Persistence
import SafeHTML
import Services

/// The funding chain's pages: public calls, the association's applications and reports, the agents' calls and
/// instruction, and the steering of credits.
struct FundingHandlers {
    let environment: ServiceEnvironment
    let territories: TerritoryQueries
    let cookies: CookieSettings

    func register(on routes: RouteRegistry) {
        registerPublic(on: routes)
        registerApplicant(on: routes)
        registerAgent(on: routes)
        registerMoney(on: routes)
        registerSteering(on: routes)
    }

    var applications: FundingApplicationService { FundingApplicationService(environment: environment) }

    /// The identifier of the path.
    static func id(_ context: AppRequestContext) throws -> String { try AdminHandlers.id(context) }

    /// Redirects to `route` with a success message.
    func done(_ route: FundingRoute, _ message: String) -> Response {
        RedirectResponse.to(SiteRoute.funding(route).path, flash: Flash(.success, message), cookies: cookies)
    }

    /// Redirects to `route` with an error message (a state conflict: nothing was written).
    func refused(_ route: FundingRoute, _ message: String) -> Response {
        RedirectResponse.to(SiteRoute.funding(route).path, flash: Flash(.error, message), cookies: cookies)
    }

    // MARK: Applicant

    func registerApplicant(on routes: RouteRegistry) {
        routes.on(.funding(.mine)) { request, context in
            let overview = try await applications.overview(actor: try context.requireAccount(request))
            return HTMLResponse.make(
                ApplicantPages.overview(overview, page: PageContext(request: request, context: context))
            )
        }
        routes.on(.funding(.start)) { request, context in
            let account = try context.requireAccount(request)
            let form = try await FormData.read(request, context)
            do {
                let id = try await applications.start(callID: form["callID"], actor: account)
                return done(
                    .application(id),
                    "Brouillon créé : enregistrez-le à tout moment, déposez-le quand il est complet."
                )
            } catch DomainError.conflict(let message) {
                return refused(.mine, message)
            }
        }
        routes.on(.funding(.application(SiteRoute.sample))) { request, context in
            HTMLResponse.make(try await applicationPage(request, context, form: TypedForm()))
        }
        routes.on(.funding(.save(SiteRoute.sample))) { request, context in
            let account = try context.requireAccount(request)
            let id = try Self.id(context)
            let form = try await FormData.read(request, context)
            let raw = ApplicationFormView.values(form)
            let version = Int(form["version"]) ?? 0
            var typed = raw
            typed["version"] = form["version"]
            do {
                if form["action"] == "deposer" {
                    let number = try await applications.submit(id: id, raw: raw, version: version, actor: account)
                    return done(
                        .application(id),
                        "Demande déposée sous le n° \(number). Sa version déposée ne changera plus."
                    )
                }
                try await applications.save(id: id, raw: raw, version: version, actor: account)
                return done(.application(id), "Brouillon enregistré.")
            } catch DomainError.invalid(let errors) {
                return HTMLResponse.make(
                    try await applicationPage(request, context, form: TypedForm(errors: errors, typed: typed)),
                    status: .unprocessableContent
                )
            } catch DomainError.conflict(let message) {
                var errors = FieldErrors()
                errors.add("project.title", message)
                return HTMLResponse.make(
                    try await applicationPage(request, context, form: TypedForm(errors: errors, typed: typed)),
                    status: .conflict
                )
            }
        }
        routes.on(.funding(.attach(SiteRoute.sample))) { request, context in
            let account = try context.requireAccount(request)
            let id = try Self.id(context)
            var request = request
            let body = try await request.collectBody(upTo: context.maxUploadSize)
            guard let form = request.headers[.contentType].flatMap({ MultipartForm.parse(body, contentType: $0) })
            else {
                throw WebError.badRequest("Le formulaire d'envoi de pièce est illisible.")
            }
            let file = form.files["pieceFile"]
            do {
                let document = try await applications.attach(
                    applicationID: id,
                    kind: form["pieceKind"],
                    fileName: file?.fileName ?? "",
                    bytes: file?.bytes ?? [],
                    actor: account
                )
                return done(.application(id), "Pièce jointe : \(document.kind.label) (\(document.fileName)).")
            } catch DomainError.invalid(let errors) {
                return HTMLResponse.make(
                    try await applicationPage(
                        request,
                        context,
                        form: TypedForm(errors: errors, typed: ["pieceKind": form["pieceKind"]])
                    ),
                    status: .unprocessableContent
                )
            } catch DomainError.conflict(let message) {
                return refused(.application(id), message)
            }
        }
        routes.on(.funding(.removeDocument(SiteRoute.sample))) { request, context in
            let account = try context.requireAccount(request)
            do {
                let owner = try await applications.removeDocument(id: try Self.id(context), actor: account)
                return done(.application(owner), "Pièce retirée.")
            } catch DomainError.conflict(let message) {
                return refused(.mine, message)
            }
        }
        routes.on(.funding(.document(SiteRoute.sample))) { request, context in
            DocumentResponse.make(
                try await applications.document(id: try Self.id(context), actor: try context.requireAccount(request))
            )
        }
        routes.on(.funding(.submission(SiteRoute.sample))) { request, context in
            let (submission, file) = try await applications.submission(
                id: try Self.id(context),
                actor: try context.requireAccount(request)
            )
            return HTMLResponse.make(
                PrintablePages.submission(submission, file, page: PageContext(request: request, context: context))
            )
        }
        routes.on(.funding(.notification(SiteRoute.sample))) { request, context in
            let file = try await applications.open(id: try Self.id(context), actor: try context.requireAccount(request))
            guard file.application.status == .granted || file.application.status == .refused else {
                throw WebError.notFound
            }
            return HTMLResponse.make(
                PrintablePages.notification(file, page: PageContext(request: request, context: context))
            )
        }
        routes.on(.funding(.fileReport(SiteRoute.sample))) { request, context in
            let account = try context.requireAccount(request)
            let id = try Self.id(context)
            let form = try await FormData.read(request, context)
            do {
                try await FundingReportService(environment: environment).file(
                    applicationID: id,
                    planYear: form["planYear"],
                    raw: form.fields,
                    actor: account
                )
                return done(.application(id), "Compte rendu financier déposé : le service instructeur va l'examiner.")
            } catch DomainError.invalid(let errors) {
                return HTMLResponse.make(
                    try await applicationPage(request, context, form: TypedForm(errors: errors, typed: form.fields)),
                    status: .unprocessableContent
                )
            } catch DomainError.conflict(let message) {
                return refused(.application(id), message)
            }
        }
    }

    private func applicationPage(_ request: Request, _ context: AppRequestContext, form: TypedForm) async throws -> HTML
    {
        let file = try await applications.open(id: try Self.id(context), actor: try context.requireAccount(request))
        guard context.account?.role == .partenaire else { throw WebError.notFound }
        return ApplicationPage.render(
            file,
            served: try await served(file),
            form: form,
            page: PageContext(request: request, context: context)
        )
    }

    /// The counts Parcours knows for each year of a committed grant.
    func served(_ file: ApplicationFile) async throws -> [Int: ServedCounts] {
        var counts: [Int: ServedCounts] = [:]
        let reports = FundingReportService(environment: environment)
        for entry in file.reportStatuses {
            counts[entry.planYear] = try await reports.servedCounts(file, planYear: entry.planYear)
        }
        return counts
    }
}
