import Domain
import Hummingbird
import Persistence
import SafeHTML
import Services

extension FundingHandlers {
    func registerAgent(on routes: RouteRegistry) {
        let lines = FundingLineService(environment: environment)
        let calls = FundingCallService(environment: environment)
        routes.on(.funding(.lines)) { request, context in
            HTMLResponse.make(try await linesPage(request, context, form: TypedForm()))
        }
        routes.on(.funding(.lineCreate)) { request, context in
            let account = try context.requireAccount(request)
            let form = try await FormData.read(request, context)
            var input = FundingLineInput()
            input.year = form["lineYear"]
            input.departementCode = form["lineDepartement"]
            input.action = form["lineAction"]
            input.subAction = form["lineSubAction"]
            input.label = form.raw("lineLabel")
            input.allocation = form["lineAllocation"]
            input.reserveRate = form["lineReserve"]
            let region: String
            switch account.scope {
            case .region(let code): region = code
            default:
                let departement = try await territories.departement(code: input.departementCode)
                region = departement?.regionCode ?? ""
            }
            do {
                try await lines.create(input: input, regionCode: region, actor: account)
                return done(.lines, "Ligne créée.")
            } catch DomainError.invalid(let errors) {
                return HTMLResponse.make(
                    try await linesPage(request, context, form: TypedForm(errors: errors, typed: form.fields)),
                    status: .unprocessableContent
                )
            }
        }
        routes.on(.funding(.lineUpdate(SiteRoute.sample))) { request, context in
            let id = try Self.id(context)
            let form = try await FormData.read(request, context)
            do {
                try await lines.update(
                    id: id,
                    allocation: form["lineAllocation-\(id)"],
                    reserveRate: form["lineReserve-\(id)"],
                    actor: try context.requireAccount(request)
                )
                return done(.lines, "Dotation enregistrée.")
            } catch DomainError.invalid(let errors) {
                return refused(.lines, errors.messages.first?.message ?? "Saisie refusée.")
            }
        }
        routes.on(.funding(.calls)) { request, context in
            HTMLResponse.make(try await callsPage(request, context, form: TypedForm()))
        }
        routes.on(.funding(.callCreate)) { request, context in
            let account = try context.requireAccount(request)
            let form = try await FormData.read(request, context)
            var input = CallInput()
            input.lineID = form["callLine"]
            input.title = form.raw("callTitle")
            input.body = form.raw("callBody")
            input.audience = form.raw("callAudience")
            input.tags = FundingFields.ticked(form, prefix: "callTags", among: ThematicTag.allCases.map(\.rawValue))
            input.opensOn = form["callOpens"]
            input.closesOn = form["callCloses"]
            input.criteria = form.raw("callCriteria")
            input.documents = FundingFields.ticked(
                form,
                prefix: "callDocuments",
                among: DocumentKind.allCases.map(\.rawValue)
            )
            do {
                let id = try await calls.create(input: input, actor: account)
                return done(.call(id), "Appel enregistré : relisez-le, puis publiez-le.")
            } catch DomainError.invalid(let errors) {
                return HTMLResponse.make(
                    try await callsPage(request, context, form: TypedForm(errors: errors, typed: form.fields)),
                    status: .unprocessableContent
                )
            }
        }
        routes.on(.funding(.call(SiteRoute.sample))) { request, context in
            HTMLResponse.make(try await callPage(request, context, form: TypedForm()))
        }
        routes.on(.funding(.publish(SiteRoute.sample))) { request, context in
            let id = try Self.id(context)
            do {
                try await calls.publish(id: id, actor: try context.requireAccount(request))
                return done(.call(id), "Appel publié : sa page publique est en ligne.")
            } catch DomainError.conflict(let message) {
                return refused(.call(id), message)
            }
        }
        routes.on(.funding(.committee(SiteRoute.sample))) { request, context in
            let id = try Self.id(context)
            let form = try await FormData.read(request, context)
            do {
                try await FundingInstructionService(environment: environment).createCommittee(
                    callID: id,
                    heldOn: form["committeeDate"],
                    members: form.raw("committeeMembers"),
                    actor: try context.requireAccount(request)
                )
                return done(.call(id), "Comité enregistré : il peut décider sur chaque demande.")
            } catch DomainError.invalid(let errors) {
                return HTMLResponse.make(
                    try await callPage(request, context, form: TypedForm(errors: errors, typed: form.fields)),
                    status: .unprocessableContent
                )
            }
        }
    }

    private func linesPage(_ request: Request, _ context: AppRequestContext, form: TypedForm) async throws -> HTML {
        let account = try context.requireAccount(request)
        let lines = try await FundingLineService(environment: environment).lines(actor: account)
        let departements = try await territories.departements()
        let regions = try await territories.regions()
        var names = Dictionary(uniqueKeysWithValues: departements.map { ($0.code, $0.name) })
        for region in regions { names["R" + region.code] = region.name }
        let scoped: [Departement] =
            switch account.scope {
            case .region(let code): departements.filter { $0.regionCode == code }
            case .nation: departements
            case .departements(let codes): departements.filter { codes.contains($0.code) }
            }
        return LinePages.render(
            lines,
            names: names,
            departements: scoped,
            form: form,
            page: PageContext(request: request, context: context)
        )
    }

    private func callsPage(_ request: Request, _ context: AppRequestContext, form: TypedForm) async throws -> HTML {
        let account = try context.requireAccount(request)
        let calls = try await FundingCallService(environment: environment).calls(actor: account)
        let lines = try await FundingLineService(environment: environment).lines(actor: account)
        return CallPages.list(calls, lines: lines, form: form, page: PageContext(request: request, context: context))
    }

    private func callPage(_ request: Request, _ context: AppRequestContext, form: TypedForm) async throws -> HTML {
        let file = try await FundingCallService(environment: environment).manage(
            id: try Self.id(context),
            actor: try context.requireAccount(request)
        )
        return CallPages.detail(file, form: form, page: PageContext(request: request, context: context))
    }
}
