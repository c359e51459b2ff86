import Domain
import Hummingbird
import SafeHTML
import Services

/// A person's pathway page and the forms that record on it.
struct PathwayHandlers {
    let environment: ServiceEnvironment
    let cookies: CookieSettings

    func register(on routes: RouteRegistry) {
        routes.on(.personPathway(SiteRoute.sample)) { request, context in
            HTMLResponse.make(try await page(request, context, form: TypedForm()))
        }
        routes.on(.pathwayCIR(SiteRoute.sample)) { request, context in
            try await write(request, context) { service, id, form, actor in
                var input = CIRRecordInput()
                input.signedOn = form["cirSignedOn"]
                input.ofiiDirection = form["cirDirection"]
                input.civicSessions = (1...4).map { form["civicSession\($0)"] }
                input.positioningLevel = form["positioningLevel"]
                input.languageHours = form["languageHours"]
                input.trainingFinishedOn = form["trainingFinishedOn"]
                input.finalLevel = form["finalLevel"]
                input.endInterviewOn = form["endInterviewOn"]
                input.employmentOrientationOn = form["employmentOrientationOn"]
                try await service.saveCIR(personID: id, input: input, actor: actor)
                return "CIR enregistré."
            }
        }
        routes.on(.pathwayAssessment(SiteRoute.sample)) { request, context in
            try await write(request, context) { service, id, form, actor in
                var input = LanguageAssessmentInput()
                input.date = form["assessmentDate"]
                input.assessor = form["assessor"]
                for skill in LanguageSkill.allCases { input.levels[skill.rawValue] = form["level-\(skill.rawValue)"] }
                try await service.addAssessment(personID: id, input: input, actor: actor)
                return "Évaluation enregistrée."
            }
        }
        routes.on(.pathwayProof(SiteRoute.sample)) { request, context in
            try await write(request, context) { service, id, form, actor in
                var input = LanguageProofInput()
                input.kind = form["proofKind"]
                input.date = form["proofDate"]
                input.reference = form["proofReference"]
                input.level = form["proofLevel"]
                for skill in LanguageSkill.allCases {
                    input.levels[skill.rawValue] = form["proofLevel-\(skill.rawValue)"]
                }
                try await service.addProof(personID: id, input: input, actor: actor)
                return "Justificatif enregistré : les exigences sont recalculées."
            }
        }
        routes.on(.pathwayCivicExam(SiteRoute.sample)) { request, context in
            try await write(request, context) { service, id, form, actor in
                var input = CivicExamInput()
                input.version = form["examVersion"]
                input.date = form["examDate"]
                input.score = form["examScore"]
                input.centre = form["examCentre"]
                input.fraud = form["examFraud"] == "oui"
                try await service.addCivicExam(personID: id, input: input, actor: actor)
                return "Examen civique enregistré."
            }
        }
        routes.on(.pathwayWithdraw(SiteRoute.sample)) { request, context in
            try await write(request, context) { service, id, form, actor in
                try await service.withdraw(personID: id, entry: form["entry"], id: form["entryID"], actor: actor)
                return "Saisie retirée ; le journal d'audit garde ce qu'elle disait."
            }
        }
        routes.on(.pathwayEnrol(SiteRoute.sample)) { request, context in
            try await write(request, context) { service, id, form, actor in
                let status = try await service.enrol(personID: id, courseID: form["courseID"], actor: actor)
                return status == .enrolled
                    ? "Inscription enregistrée." : "Formation complète : inscrit en liste d'attente."
            }
        }
    }

    /// Runs a pathway use case; on bad input, the page again with the messages and the typed values.
    func write(
        _ request: Request,
        _ context: AppRequestContext,
        _ action: (PathwayService, String, FormData, AccountSummary) async throws -> String
    ) async throws -> Response {
        let account = try context.requireAccount(request)
        let id = try AdminHandlers.id(context)
        let form = try await FormData.read(request, context)
        do {
            let message = try await action(PathwayService(environment: environment), id, form, account)
            return RedirectResponse.to(
                SiteRoute.personPathway(id).path,
                flash: Flash(.success, message),
                cookies: cookies
            )
        } catch DomainError.invalid(let errors) {
            return HTMLResponse.make(
                try await page(request, context, form: TypedForm(errors: errors, typed: form.fields)),
                status: .unprocessableContent
            )
        }
    }

    private func page(_ request: Request, _ context: AppRequestContext, form: TypedForm) async throws -> HTML {
        let input = QueryInput(request)
        let query = { (name: String) in input.text(name) }
        var form = form
        let day = query("date").isEmpty ? nil : CalendarDay(iso: query("date"))
        if !query("date").isEmpty, day == nil {
            form.errors.add("date", "Saisissez une date de demande réelle (jour, mois, année).")
        }
        let file = try await PathwayService(environment: environment).open(
            personID: try AdminHandlers.id(context),
            actor: try context.requireAccount(request),
            application: query("demande") == "renouvellement" ? .renewal : .first,
            on: day
        )
        return PathwayPage.render(file, form: form, page: PageContext(request: request, context: context))
    }
}
