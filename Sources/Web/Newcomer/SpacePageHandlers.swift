import Domain
import Hummingbird
import Services

/// The person's pages: home, appointments (and their calendar files), steps, French, residence permits, courses.
/// Each reads the household in its path and the service answers "not found" unless the person belongs to it.
struct SpacePageHandlers {
    let space: NewcomerHandlers
    var service: NewcomerSpaceService { NewcomerSpaceService(environment: space.environment) }

    func register(on routes: RouteRegistry) {
        routes.on(.spaceHome(SiteRoute.sample), use: home)
        routes.on(.spaceAppointments(SiteRoute.sample), use: appointments)
        routes.on(.spaceAppointmentCalendar(SiteRoute.sample), use: calendar)
        routes.on(.spaceSteps(SiteRoute.sample), use: steps)
        routes.on(.spaceFrench(SiteRoute.sample), use: french)
        routes.on(.spaceTitles(SiteRoute.sample), use: titles)
        routes.on(.spaceCourses(SiteRoute.sample), use: courses)
    }

    @Sendable func home(_ request: Request, context: AppRequestContext) async throws -> Response {
        let (session, id) = (try space.person(context), try AdminHandlers.id(context))
        let model = try await service.home(session, householdID: id)
        return HTMLResponse.make(SpaceHomePages.home(model, space.page(request, context, householdID: id)))
    }

    @Sendable func appointments(_ request: Request, context: AppRequestContext) async throws -> Response {
        let (session, id) = (try space.person(context), try AdminHandlers.id(context))
        let (subject, appointments) = try await service.appointments(session, householdID: id)
        let page = space.page(request, context, householdID: id)
        return HTMLResponse.make(SpaceHomePages.appointments(subject, appointments, page))
    }

    /// One appointment as an `.ics` file, in the person's language.
    @Sendable func calendar(_ request: Request, context: AppRequestContext) async throws -> Response {
        let session = try space.person(context)
        let t = Translator(session.language, catalogues: space.catalogues)
        let text = try await service.calendarFile(
            session,
            appointmentID: try AdminHandlers.id(context),
            summary: t(.calendarSummary),
            description: { documents in
                documents.isEmpty
                    ? "" : t(.appointmentDocuments) + " " + documents.map { t.label($0) }.joined(separator: ", ")
            }
        )
        return Response(
            status: .ok,
            headers: [
                .contentType: "text/calendar; charset=utf-8",
                .contentDisposition: "attachment; filename=\"rendez-vous.ics\"",
            ],
            body: .init(byteBuffer: ByteBuffer(string: text))
        )
    }

    @Sendable func steps(_ request: Request, context: AppRequestContext) async throws -> Response {
        let (session, id) = (try space.person(context), try AdminHandlers.id(context))
        let model = try await service.steps(session, householdID: id)
        return HTMLResponse.make(SpaceStepPages.steps(model, space.page(request, context, householdID: id)))
    }

    @Sendable func french(_ request: Request, context: AppRequestContext) async throws -> Response {
        let (session, id) = (try space.person(context), try AdminHandlers.id(context))
        let model = try await service.french(session, householdID: id)
        return HTMLResponse.make(SpacePathwayPages.french(model, space.page(request, context, householdID: id)))
    }

    /// What a permit needs on the chosen day (`?titre=carte_resident&date=2026-09-15`); a bad date is said so and
    /// today is used meanwhile.
    @Sendable func titles(_ request: Request, context: AppRequestContext) async throws -> Response {
        let (session, id) = (try space.person(context), try AdminHandlers.id(context))
        let query = QueryInput(request)
        let title =
            query.choice("titre", in: Set(ResidenceTitle.allCases.map(\.rawValue))).flatMap(ResidenceTitle.init)
            ?? .carteResident
        let typed = query.text("date", kind: .search)
        let day = typed.isEmpty ? nil : CalendarDay(iso: typed)
        let problem: SpaceProblem? = !typed.isEmpty && day == nil ? .dateInvalid : nil
        let model = try await service.titleCheck(session, householdID: id, title: title, on: day)
        let page = space.page(request, context, householdID: id)
        return HTMLResponse.make(
            SpaceTitlePages.titles(model, dateTyped: typed, problem: problem, page),
            status: problem == nil ? .ok : .unprocessableContent
        )
    }

    @Sendable func courses(_ request: Request, context: AppRequestContext) async throws -> Response {
        let (session, id) = (try space.person(context), try AdminHandlers.id(context))
        let model = try await service.courses(session, householdID: id)
        return HTMLResponse.make(SpaceCoursePages.courses(model, space.page(request, context, householdID: id)))
    }
}
