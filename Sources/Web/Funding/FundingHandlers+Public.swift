import Domain
import Hummingbird
import Persistence
import Services

extension FundingHandlers {
    func registerPublic(on routes: RouteRegistry) {
        let calls = FundingCallService(environment: environment)
        routes.on(.funding(.publicCalls)) { request, context in
            HTMLResponse.make(
                PublicCallPages.list(
                    try await calls.published(),
                    today: environment.time.todayInMetropolitanFrance(),
                    page: PageContext(request: request, context: context)
                )
            )
        }
        routes.on(.funding(.publicCall(SiteRoute.sample))) { request, context in
            let call = try await calls.publicCall(id: try Self.id(context))
            return HTMLResponse.make(
                PublicCallPages.detail(
                    call,
                    today: calls.today(of: call),
                    page: PageContext(request: request, context: context)
                )
            )
        }
        routes.on(.funding(.openDataCSV)) { _, _ in
            let header = [
                "identifiant", "titre", "service", "region", "departement", "annee", "thematiques", "public",
                "ouverture", "cloture", "pieces_exigees",
            ]
            let rows = try await calls.published().map { call in
                [
                    call.id, call.content.title, call.organisationName, call.regionCode, call.departementCode,
                    String(call.year), call.content.tags.map(\.rawValue).joined(separator: ","), call.content.audience,
                    call.content.opensOn.iso, call.content.closesOn.iso,
                    call.content.documents.map(\.rawValue).joined(separator: ","),
                ]
            }
            return CSVFile.response(rows: [header] + rows, filename: "appels-a-projets.csv")
        }
    }
}
