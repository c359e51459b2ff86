import Domain
import Foundation
import Persistence
import Services

/// The demo's three success stories: one published, one awaiting the prefecture's review, one whose consent was
/// withdrawn after publication.
struct DemoStories {
    let environment: ServiceEnvironment

    func load(prefecture: AccountSummary, authors: [AccountSummary]) async throws {
        let today = environment.time.today(inDepartement: "69")
        let stories = StoryService(environment: environment)
        let texts: [(title: String, theme: EventTheme, scope: ConsentScope, body: String)] = [
            (
                "De la cuisine familiale au CAP cuisine", .employment, .publication,
                "Arrivée il y a deux ans, elle a appris le français dans un cours du soir tout en gardant ses enfants.\n"
                    + "Un stage dans un restaurant de Villeurbanne l'a menée au CAP, puis à un contrat à durée indéterminée."
            ),
            (
                "Un logement, enfin, pour toute la famille", .housing, .publication,
                "Après huit mois d'hébergement provisoire, la famille a signé le bail d'un logement social.\n"
                    + "L'accompagnement AGIR a aidé pour les démarches et l'installation."
            ),
            (
                "Le français par le théâtre", .french, .publication,
                "Les ateliers de théâtre de l'association lui ont donné confiance pour parler en public."
            ),
        ]
        for (index, text) in texts.enumerated() {
            let author = authors[index % authors.count]
            var input = StoryInput()
            input.consentOn = today.adding(days: -30 + index).iso
            input.consentScope = text.scope.rawValue
            input.consentPhoto = index == 0
            input.consentConfirmed = true
            input.personName = ["Mariam K.", "Famille A.", "Yonas T."][index]
            input.title = text.title
            input.body = text.body
            input.theme = text.theme.rawValue
            let id = try await stories.create(input, actor: author)
            try await stories.apply(.submit, storyID: id, note: "", actor: author)
            if index != 1 { try await stories.apply(.publish, storyID: id, note: "", actor: prefecture) }
            if index == 2 { try await stories.withdrawConsent(storyID: id, actor: author) }
        }
    }
}
