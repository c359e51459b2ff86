import Domain
import Hummingbird
import Persistence
import SafeHTML
import Services

/// Rencontres territoriales: the list with open decisions, the form to record one (which keeps a snapshot of the
/// territory's live indicators), and each meeting's page.
struct MeetingHandlers {
    let environment: ServiceEnvironment
    let cookies: CookieSettings

    var service: MeetingService { MeetingService(environment: environment) }

    func register(on routes: RouteRegistry) {
        routes.on(.events(.meetings)) { request, context in
            let account = try context.requireAccount(request)
            let (meetings, open) = try await service.overview(actor: account)
            return HTMLResponse.make(
                MeetingPages.list(
                    meetings,
                    open: open,
                    today: environment.time.todayInMetropolitanFrance(),
                    canRecord: (try? service.territory(of: account)) != nil,
                    page: PageContext(request: request, context: context)
                )
            )
        }
        routes.on(.events(.meetingNew)) { request, context in
            HTMLResponse.make(try await form(request, context, TypedForm()))
        }
        routes.on(.events(.meetingCreate)) { request, context in
            let account = try context.requireAccount(request)
            let form = try await FormData.read(request, context)
            let (_, open) = try await service.overview(actor: account)
            do {
                let id = try await service.record(
                    Self.input(form, open: open),
                    indicators: try await MeetingSnapshot.indicators(environment: environment, actor: account),
                    actor: account
                )
                return RedirectResponse.to(
                    SiteRoute.events(.meeting(id)).path,
                    flash: Flash(.success, "Rencontre enregistrée, avec l'état des indicateurs du territoire."),
                    cookies: cookies
                )
            } catch DomainError.invalid(let errors) {
                var typed = form.fields
                typed["meetingMechanisms"] = form.all("meetingMechanisms").joined(separator: ",")
                return HTMLResponse.make(
                    try await self.form(request, context, TypedForm(errors: errors, typed: typed)),
                    status: .unprocessableContent
                )
            }
        }
        routes.on(.events(.meeting(SiteRoute.sample))) { request, context in
            let account = try context.requireAccount(request)
            let meeting = try await service.meeting(id: try AdminHandlers.id(context), actor: account)
            return HTMLResponse.make(
                MeetingPages.detail(
                    meeting,
                    today: environment.time.todayInMetropolitanFrance(),
                    page: PageContext(request: request, context: context)
                )
            )
        }
    }

    /// The meeting typed in a sent form; follow-ups are read for the open decisions shown in it.
    static func input(_ form: FormData, open: [DecisionRecord]) -> MeetingInput {
        var input = MeetingInput()
        input.heldOn = form["meetingDay"]
        input.title = form.raw("meetingTitle")
        input.place = form.raw("meetingPlace")
        for kind in MeetingParticipantKind.allCases {
            input.participants[kind.rawValue] = form["participants-\(kind.rawValue)"]
        }
        input.mechanisms = form.all("meetingMechanisms")
        input.findings = form.raw("meetingFindings")
        input.decisions = (0..<MeetingInput.decisionRows).map { index in
            .init(
                text: form.raw("decisionText-\(index)"),
                owner: form.raw("decisionOwner-\(index)"),
                dueOn: form["decisionDue-\(index)"]
            )
        }
        for decision in open {
            if let status = form.sent("followUpStatus-\(decision.id)") {
                input.followUps[decision.id] = (status, form.raw("followUpNote-\(decision.id)"))
            }
        }
        return input
    }

    private func form(_ request: Request, _ context: AppRequestContext, _ form: TypedForm) async throws -> HTML {
        let account = try context.requireAccount(request)
        let territory = try service.territory(of: account)
        let (_, open) = try await service.overview(actor: account)
        return MeetingPages.form(
            territory: territory,
            open: open,
            form: form,
            page: PageContext(request: request, context: context)
        )
    }
}
