import Domain
import Hummingbird
import Services

extension ContractHandlers {
    /// The forms of a contract's page: signatories, signature, status, axes, actions, analysis and reviews.
    func registerChanges(on routes: RouteRegistry) {
        routes.on(
            .contractSignatory(SiteRoute.sample),
            use: change(success: "Signataire ajouté.") { service, id, form, actor in
                try await service.addSignatory(contractID: id, input: ContractForms.signatory(form), actor: actor)
            }
        )
        routes.on(
            .contractSign(SiteRoute.sample),
            use: change(
                success: "Contrat signé : le diagnostic territorial du jour de la signature est conservé."
            ) { service, id, form, actor in
                try await service.sign(contractID: id, signedOn: form["signedOn"], actor: actor)
            }
        )
        routes.on(
            .contractStatus(SiteRoute.sample),
            use: change(success: "État du contrat mis à jour.") {
                service,
                id,
                form,
                actor in
                try await service.changeStatus(
                    contractID: id,
                    target: form["statusTarget"],
                    day: form["statusOn"],
                    actor: actor
                )
            }
        )
        routes.on(
            .contractAxis(SiteRoute.sample),
            use: change(success: "Axe ajouté.") { service, id, form, actor in
                try await service.addAxis(contractID: id, input: ContractForms.axis(form), actor: actor)
            }
        )
        routes.on(
            .contractAction(SiteRoute.sample),
            use: change(success: "Action ajoutée.") { service, id, form, actor in
                try await service.addAction(contractID: id, input: ContractForms.action(form), actor: actor)
            }
        )
        routes.on(
            .contractAnalysis(SiteRoute.sample),
            use: change(success: "Analyse partagée enregistrée.") {
                service,
                id,
                form,
                actor in
                try await service.saveAnalysis(contractID: id, text: form.raw("analysis"), actor: actor)
            }
        )
        routes.on(.contractReviewCreate(SiteRoute.sample)) { request, context in
            let id = try AdminHandlers.id(context)
            let form = try await FormData.read(request, context)
            do {
                let review = try await ContractReviewService(environment: environment).record(
                    contractID: id,
                    input: ContractForms.review(form),
                    actor: try context.requireAccount(request)
                )
                return done(
                    .contractReview(review),
                    "Comité de pilotage enregistré, avec le diagnostic territorial de son jour. Notez ses décisions."
                )
            } catch DomainError.invalid(let errors) {
                return HTMLResponse.make(
                    try await contractPage(request, context, form: TypedForm(errors: errors, typed: form.fields)),
                    status: .unprocessableContent
                )
            }
        }
    }
}
