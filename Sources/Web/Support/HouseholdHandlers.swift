import Domain
import Hummingbird
import Persistence
import SafeHTML
import Services

/// The caseload list and the household file.
struct HouseholdHandlers {
    let environment: ServiceEnvironment
    let cookies: CookieSettings

    func register(on routes: RouteRegistry) {
        routes.on(.households, use: list)
        routes.on(.household(SiteRoute.sample), use: show)
        routes.on(.householdWelcome(SiteRoute.sample)) { request, context in
            try await write(request, context) { casework, id, form, actor in
                try await casework.recordWelcome(
                    householdID: id,
                    date: form["welcomeDate"],
                    housing: form["entryHousing"],
                    activity: form["entryActivity"],
                    months: form["entryMonths"],
                    actor: actor
                )
                return "Entretien d'accueil enregistré : le ménage entre en accompagnement."
            }
        }
        routes.on(.householdContract(SiteRoute.sample)) { request, context in
            try await write(request, context) { casework, id, form, actor in
                try await casework.recordContract(householdID: id, date: form["contractDate"], actor: actor)
                return "Signature du contrat d'engagement enregistrée."
            }
        }
        routes.on(.householdDiagnosis(SiteRoute.sample)) { request, context in
            try await write(request, context) { casework, id, form, actor in
                var values: [DiagnosisDomain: (situation: String, need: String, note: String)] = [:]
                for domain in DiagnosisDomain.allCases {
                    guard let need = form.sent("besoin-\(domain.rawValue)") else { continue }
                    values[domain] = (form["situation-\(domain.rawValue)"], need, form["note-\(domain.rawValue)"])
                }
                try await casework.saveDiagnosis(householdID: id, values: values, actor: actor)
                return "Diagnostic enregistré."
            }
        }
        routes.on(.householdMember(SiteRoute.sample), use: addMember)
        routes.on(.householdMove(SiteRoute.sample), use: move)
        registerPersonRoutes(on: routes)
        routes.on(.householdMilestone(SiteRoute.sample)) { request, context in
            try await write(request, context) { _, id, form, actor in
                try await MilestoneService(environment: environment).record(
                    householdID: id,
                    input: .init(
                        kind: form["milestoneKind"],
                        date: form["milestoneDate-\(form["milestoneKind"])"],
                        personID: form["milestonePerson-\(form["milestoneKind"])"],
                        right: form["milestoneRight"],
                        housing: form["milestoneHousing"],
                        activity: form["milestoneActivity"],
                        months: form["milestoneMonths"]
                    ),
                    actor: actor
                )
                return "Jalon enregistré."
            }
        }
        routes.on(.householdAppointment(SiteRoute.sample)) { request, context in
            try await write(request, context) { _, id, form, actor in
                try await AppointmentService(environment: environment).add(
                    householdID: id,
                    day: form["appointmentDay"],
                    time: form["appointmentTime"],
                    minutes: form["appointmentMinutes"],
                    place: form["appointmentPlace"],
                    actor: actor
                )
                return "Rendez-vous fixé."
            }
        }
        routes.on(.householdGoal(SiteRoute.sample)) { request, context in
            try await write(request, context) { _, id, form, actor in
                try await PlanService(environment: environment).addGoal(
                    householdID: id,
                    domain: form["goalDomain"],
                    personID: form["goalPerson"],
                    title: form["goalTitle"],
                    actor: actor
                )
                return "Objectif ajouté au plan."
            }
        }
        routes.on(.householdAction(SiteRoute.sample)) { request, context in
            try await write(request, context) { _, id, form, actor in
                try await PlanService(environment: environment).addAction(
                    householdID: id,
                    goalID: form["actionGoal"],
                    description: form["actionDescription"],
                    actorKind: form["actionActor"],
                    partnerID: form["actionPartner"],
                    due: form["actionDue"],
                    actor: actor
                )
                return "Action ajoutée au plan."
            }
        }
        routes.on(.householdActionUpdate(SiteRoute.sample)) { request, context in
            try await write(request, context) { _, id, form, actor in
                try await PlanService(environment: environment).updateAction(
                    householdID: id,
                    actionID: form["actionID"],
                    status: form["actionStatus"],
                    outcome: form["actionOutcome"],
                    actor: actor
                )
                return "Suivi de l'action enregistré."
            }
        }
        routes.on(.householdTransfer(SiteRoute.sample)) { request, context in
            try await write(request, context) { casework, id, form, actor in
                let unconfirmed = Confirmation.errors(form, message: "Cochez la case pour confirmer le transfert.")
                guard unconfirmed.isEmpty else { throw DomainError.invalid(unconfirmed) }
                try await casework.transfer(householdID: id, to: form["transferTo"], actor: actor)
                return "Ménage transféré ; son dossier le suit."
            }
        }
        routes.on(.householdContact(SiteRoute.sample)) { request, context in
            try await write(request, context) { casework, id, form, actor in
                try await casework.addContact(
                    householdID: id,
                    date: form["contactDate"],
                    mode: form["contactMode"],
                    minutes: form["contactMinutes"],
                    attendees: form["contactAttendees"],
                    note: form["contactNote"],
                    actor: actor
                )
                return "Entretien ajouté."
            }
        }
        routes.on(.householdExit(SiteRoute.sample)) { request, context in
            try await write(request, context) { casework, id, form, actor in
                let assessment = try await casework.recordExit(
                    householdID: id,
                    date: form["exitDate"],
                    reason: form["exitReason"],
                    housing: form["exitHousing"],
                    activity: form["exitActivity"],
                    months: form["exitMonths"],
                    actor: actor
                )
                return assessment.positive ? "Sortie enregistrée : sortie positive." : "Sortie enregistrée."
            }
        }
    }

    /// The caseworker's households (or, with `tous=1`, all those of the organisation the account may open).
    @Sendable func list(_ request: Request, context: AppRequestContext) async throws -> Response {
        let account = try context.requireAccount(request)
        let input = QueryInput(request)
        let query = { (name: String) in input.text(name, kind: .search) }
        let filter = HouseholdFilter(
            stage: query("etape"),
            deadline: query("echeance"),
            search: query("recherche"),
            sort: query("tri"),
            need: query("besoin"),
            caseworker: query("referent")
        )
        // A caseworker starts from their own households; a manager follows none and starts from the organisation's.
        let mine = !input.has("tous") && filter.caseworker.isEmpty && account.role == .referent
        let today = environment.time.today(for: account)
        let service = HouseholdService(environment: environment)
        let criteria = filter.criteria(today: today, mine: mine)
        let size = HouseholdPages.pageSize
        let requested = input.page()
        var found = try await service.page(
            actor: account,
            criteria: criteria,
            limit: size,
            offset: (requested - 1) * size
        )
        var listPage = Page(requested: requested, size: size, total: found.total)
        if listPage.number != requested {
            // Past the last page (the list shrank since the link was made): show the last one.
            found = try await service.page(actor: account, criteria: criteria, limit: size, offset: listPage.offset)
            listPage = Page(requested: listPage.number, size: size, total: found.total)
        }
        return HTMLResponse.make(
            HouseholdPages.list(
                found.households,
                listPage: listPage,
                caseloads: mine ? [] : try await service.caseloads(actor: account),
                filter: filter,
                mine: mine,
                today: today,
                page: PageContext(request: request, context: context)
            )
        )
    }

    /// One household file; opening it is audited.
    @Sendable func show(_ request: Request, context: AppRequestContext) async throws -> Response {
        HTMLResponse.make(try await page(request, context, state: .init()))
    }

    /// Runs a support use case from a form of the household file; on bad input, the file again with the messages.
    func write(
        _ request: Request,
        _ context: AppRequestContext,
        _ action: (CaseworkService, String, FormData, AccountSummary) async throws -> String
    ) async throws -> Response {
        let account = try context.requireAccount(request)
        let id = try AdminHandlers.id(context)
        let form = try await FormData.read(request, context)
        do {
            let message = try await action(CaseworkService(environment: environment), id, form, account)
            return RedirectResponse.to(SiteRoute.household(id).path, flash: Flash(.success, message), cookies: cookies)
        } catch DomainError.invalid(let errors) {
            return HTMLResponse.make(
                try await page(
                    request,
                    context,
                    state: .init(errors: errors, typed: form.fields, sentTo: request.uri.path)
                ),
                status: .unprocessableContent
            )
        }
    }

    /// Transfers the household to another département's operator; the manager returns to the caseload.
    @Sendable func move(_ request: Request, context: AppRequestContext) async throws -> Response {
        let account = try context.requireAccount(request)
        let id = try AdminHandlers.id(context)
        let form = try await FormData.read(request, context)
        do {
            let unconfirmed = Confirmation.errors(
                form,
                message: "Cochez la case pour confirmer le transfert du ménage."
            )
            guard unconfirmed.isEmpty else { throw DomainError.invalid(unconfirmed) }
            let name = try await TransferService(environment: environment).transfer(
                householdID: id,
                departement: form["moveDepartement"],
                reason: form["moveReason"],
                actor: account
            )
            return RedirectResponse.to(
                SiteRoute.households.path + "?tous=1",
                flash: Flash(.success, "Ménage transféré à \(name) ; son dossier et son historique le suivent."),
                cookies: cookies
            )
        } catch DomainError.invalid(let errors) {
            return HTMLResponse.make(
                try await page(
                    request,
                    context,
                    state: .init(errors: errors, typed: form.fields, sentTo: request.uri.path)
                ),
                status: .unprocessableContent
            )
        }
    }

    /// Adds a member, or shows the file again with messages or possible duplicates.
    @Sendable func addMember(_ request: Request, context: AppRequestContext) async throws -> Response {
        let account = try context.requireAccount(request)
        let id = try AdminHandlers.id(context)
        let form = try await FormData.read(request, context)
        let person = PersonFields.read(form)
        var state = HouseholdSupportSections.FormState(typed: form.fields, sentTo: request.uri.path)
        state.member = person
        do {
            switch try await CaseworkService(environment: environment).addMember(
                householdID: id,
                person: person,
                relation: form["relation"],
                arrivedOn: form["arrivedOn"],
                duplicatesReviewed: form["duplicatesReviewed"] == "oui",
                actor: account
            )
            {
            case .added:
                return RedirectResponse.to(
                    SiteRoute.household(id).path,
                    flash: Flash(.success, "Membre ajouté au ménage."),
                    cookies: cookies
                )
            case .possibleDuplicates(let duplicates):
                state.memberDuplicates = duplicates
            }
        } catch DomainError.invalid(let errors) {
            state.errors = errors
        }
        return HTMLResponse.make(try await page(request, context, state: state), status: .unprocessableContent)
    }

    private func page(
        _ request: Request,
        _ context: AppRequestContext,
        state: HouseholdSupportSections.FormState
    )
        async throws -> HTML
    {
        let account = try context.requireAccount(request)
        let input = QueryInput(request)
        let query = { (name: String) in input.has(name) ? input.text(name) : nil }
        let filePage = try await HouseholdService(environment: environment).filePage(
            id: try AdminHandlers.id(context),
            actor: account,
            duplicatesOf: query("doublons")
        )
        let file = filePage.file
        var state = state
        state.canWrite = filePage.canWrite
        state.countries = filePage.countries
        state.appointments = filePage.appointments
        state.partners = filePage.partners
        state.departements = filePage.departements
        state.transferChoices = filePage.transferChoices
        state.residence = filePage.residence
        state.summary = filePage.summary
        state.spaces = try await NewcomerHouseholdSection.load(
            householdID: file.household.id,
            appointments: filePage.appointments,
            actor: account,
            environment: environment
        )
        state.editedPerson = query("personne") ?? state.typed["personID"]
        if let duplicates = filePage.duplicates {
            state.duplicatesFor = duplicates.personID
            state.personDuplicates = duplicates.found
        }
        return HouseholdPages.file(
            file,
            today: filePage.today,
            state: state,
            page: PageContext(request: request, context: context)
        )
    }
}
