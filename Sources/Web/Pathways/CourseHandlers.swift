import Domain
import Hummingbird
import SafeHTML
import Services

/// The training provider's courses, enrolments and attendance.
struct CourseHandlers {
    let environment: ServiceEnvironment
    let cookies: CookieSettings

    func register(on routes: RouteRegistry) {
        routes.on(.courses) { request, context in
            HTMLResponse.make(try await list(request, context, form: TypedForm()))
        }
        routes.on(.courseCreate) { request, context in
            let account = try context.requireAccount(request)
            let form = try await FormData.read(request, context)
            var input = CourseInput()
            input.title = form["courseTitle"]
            input.targetLevel = form["courseLevel"]
            input.hours = form["courseHours"]
            input.slot = form["courseSlot"]
            input.schedule = form["courseSchedule"]
            input.communeCode = form["courseCommune"]
            input.qpvCode = form["courseQPV"]
            input.seats = form["courseSeats"]
            input.startsOn = form["courseStart"]
            input.endsOn = form["courseEnd"]
            input.jobOriented = form["courseJobOriented"] == "oui"
            do {
                let id = try await CourseService(environment: environment).create(input: input, actor: account)
                return RedirectResponse.to(
                    SiteRoute.course(id).path,
                    flash: Flash(.success, "Formation déclarée : les référents du département peuvent y inscrire."),
                    cookies: cookies
                )
            } catch DomainError.invalid(let errors) {
                return HTMLResponse.make(
                    try await list(request, context, form: TypedForm(errors: errors, typed: form.fields)),
                    status: .unprocessableContent
                )
            }
        }
        routes.on(.course(SiteRoute.sample)) { request, context in
            HTMLResponse.make(try await detail(request, context, form: TypedForm()))
        }
        routes.on(.courseAttendance(SiteRoute.sample)) { request, context in
            let account = try context.requireAccount(request)
            let id = try AdminHandlers.id(context)
            let form = try await FormData.read(request, context)
            let enrolment = form["enrolmentID"]
            do {
                try await CourseService(environment: environment).recordAttendance(
                    courseID: id,
                    enrolmentID: enrolment,
                    status: form["status-\(enrolment)"],
                    hours: form["hours-\(enrolment)"],
                    result: form["result-\(enrolment)"],
                    actor: account
                )
                return RedirectResponse.to(
                    SiteRoute.course(id).path,
                    flash: Flash(.success, "Présences enregistrées."),
                    cookies: cookies
                )
            } catch DomainError.invalid(let errors) {
                return HTMLResponse.make(
                    try await detail(request, context, form: TypedForm(errors: errors, typed: form.fields)),
                    status: .unprocessableContent
                )
            }
        }
    }

    private func list(_ request: Request, _ context: AppRequestContext, form: TypedForm) async throws -> HTML {
        let courses = try await CourseService(environment: environment).courses(
            actor: try context.requireAccount(request)
        )
        return CoursePages.list(courses, form: form, page: PageContext(request: request, context: context))
    }

    private func detail(_ request: Request, _ context: AppRequestContext, form: TypedForm) async throws -> HTML {
        let (course, enrolments) = try await CourseService(environment: environment).open(
            courseID: try AdminHandlers.id(context),
            actor: try context.requireAccount(request)
        )
        return CoursePages.detail(course, enrolments, form: form, page: PageContext(request: request, context: context))
    }
}
