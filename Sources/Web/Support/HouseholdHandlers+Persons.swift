import Domain
import Hummingbird
import Services

extension HouseholdHandlers {
    /// A member's details and residence titles, and merging two records of the same person.
    func registerPersonRoutes(on routes: RouteRegistry) {
        routes.on(.personDetails(SiteRoute.sample)) { request, context in
            try await write(request, context) { _, id, form, actor in
                var input = PersonDetailsInput()
                input.languages = form["languages"]
                input.phone = form["phone"]
                input.email = form["email"]
                input.ofiiDirection = form["ofiiDirection"]
                input.ofpraNumber = form["ofpraNumber"]
                input.cafNumber = form["cafNumber"]
                input.franceTravailID = form["franceTravailID"]
                input.socialSecurityNumber = form["socialSecurityNumber"]
                try await PersonDetailsService(environment: environment).save(
                    householdID: id,
                    personID: form["personID"],
                    input: input,
                    actor: actor
                )
                return "Coordonnées et identifiants enregistrés."
            }
        }
        routes.on(.personTitle(SiteRoute.sample)) { request, context in
            try await write(request, context) { _, id, form, actor in
                try await PersonDetailsService(environment: environment).addTitle(
                    householdID: id,
                    personID: form["personID"],
                    kind: form["titleKind"],
                    from: form["titleFrom"],
                    to: form["titleTo"],
                    actor: actor
                )
                return "Titre de séjour enregistré."
            }
        }
        routes.on(.personMerge(SiteRoute.sample)) { request, context in
            try await write(request, context) { _, id, form, actor in
                try await PersonDetailsService(environment: environment).merge(
                    householdID: id,
                    personID: form["personID"],
                    duplicateID: form["duplicateID"],
                    actor: actor
                )
                return
                    "Fiches fusionnées : l'autre fiche ne sera plus proposée comme doublon. La fusion peut être annulée."
            }
        }
        routes.on(.personUnmerge(SiteRoute.sample)) { request, context in
            try await write(request, context) { _, id, form, actor in
                try await PersonDetailsService(environment: environment).unmerge(
                    householdID: id,
                    duplicateID: form["duplicateID"],
                    actor: actor
                )
                return "Fusion annulée : les deux fiches sont de nouveau distinctes."
            }
        }
    }
}
