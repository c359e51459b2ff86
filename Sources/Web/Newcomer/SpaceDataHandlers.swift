import Domain
import Foundation
import Hummingbird
import Services

/// Messages with the caseworker, "Qui a consulté mon dossier" and the copy of one's data.
struct SpaceDataHandlers {
    let space: NewcomerHandlers
    var service: NewcomerSpaceService { NewcomerSpaceService(environment: space.environment) }

    func register(on routes: RouteRegistry) {
        routes.on(.spaceMessages(SiteRoute.sample), use: messages)
        routes.on(.spaceMessageSend(SiteRoute.sample), use: send)
        routes.on(.spaceData(SiteRoute.sample), use: rights)
        routes.on(.spaceDataExport(SiteRoute.sample), use: exportPage)
        routes.on(.spaceDataExportJSON(SiteRoute.sample), use: exportJSON)
    }

    @Sendable func messages(_ request: Request, context: AppRequestContext) async throws -> Response {
        let (session, id) = (try space.person(context), try AdminHandlers.id(context))
        let model = try await service.thread(session, householdID: id)
        return HTMLResponse.make(SpaceMessagePages.thread(model, space.page(request, context, householdID: id)))
    }

    /// Sends a message; on a problem, the thread again with the text as typed.
    @Sendable func send(_ request: Request, context: AppRequestContext) async throws -> Response {
        let (session, id) = (try space.person(context), try AdminHandlers.id(context))
        let form = try await FormData.read(request, context)
        do {
            try await service.send(session, householdID: id, body: form.raw("message"))
            return space.redirect(.spaceMessages(id), flash: .messageSent)
        } catch let problems as SpaceFormProblems {
            let model = try await service.thread(session, householdID: id)
            let page = space.page(request, context, householdID: id)
            return HTMLResponse.make(
                SpaceMessagePages.thread(model, typed: form.raw("message"), problem: problems["message"], page),
                status: .unprocessableContent
            )
        }
    }

    @Sendable func rights(_ request: Request, context: AppRequestContext) async throws -> Response {
        let (session, id) = (try space.person(context), try AdminHandlers.id(context))
        let model = try await service.dataRights(session, householdID: id)
        return HTMLResponse.make(SpaceDataPages.rights(model, space.page(request, context, householdID: id)))
    }

    @Sendable func exportPage(_ request: Request, context: AppRequestContext) async throws -> Response {
        let (session, id) = (try space.person(context), try AdminHandlers.id(context))
        let export = try await service.export(session, householdID: id, format: "page")
        let page = space.page(request, context, householdID: id)
        return HTMLResponse.make(SpaceExportPage.render(export, page))
    }

    @Sendable func exportJSON(_ request: Request, context: AppRequestContext) async throws -> Response {
        let (session, id) = (try space.person(context), try AdminHandlers.id(context))
        let export = try await service.export(session, householdID: id, format: "json")
        return Response(
            status: .ok,
            headers: [
                .contentType: "application/json; charset=utf-8",
                .contentDisposition: "attachment; filename=\"mes-donnees-parcours.json\"",
            ],
            body: .init(byteBuffer: ByteBuffer(bytes: try export.json()))
        )
    }
}
