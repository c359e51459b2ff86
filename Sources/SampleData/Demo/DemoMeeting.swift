import Domain
import Foundation
import Persistence
import Services

/// The demo's rencontre territoriale of the Rhône, held last month, with three decisions (one already overdue).
struct DemoMeeting {
    let environment: ServiceEnvironment

    func load(prefecture: AccountSummary, snapshot: [(code: String, label: String, value: String)]) async throws {
        let today = environment.time.today(inDepartement: "69")
        var input = MeetingInput()
        input.heldOn = today.adding(days: -40).iso
        input.title = "Rencontre territoriale de l'intégration du Rhône"
        input.place = "Préfecture du Rhône, salle Jean Moulin"
        let counts: [MeetingParticipantKind: Int] = [
            .stateServices: 6, .ofii: 2, .agirOperators: 3, .associations: 9, .companies: 4, .localAuthorities: 5,
            .franceTravail: 2, .newcomers: 4,
        ]
        for (kind, count) in counts { input.participants[kind.rawValue] = String(count) }
        input.mechanisms = [Mechanism.agir, .cirLanguage, .ctai, .employment].map(\.rawValue)
        input.findings =
            "Les délais entre l'orientation et l'entretien d'accueil AGIR dépassent un mois à l'est du département.\n"
            + "L'offre de cours du soir ne couvre pas la demande des personnes en emploi.\n"
            + "Les employeurs de la logistique recrutent et connaissent mal les dispositifs."
        input.decisions = [
            .init(
                text: "Ouvrir deux cours du soir de français à visée professionnelle",
                owner: "DDETS du Rhône",
                dueOn: today.adding(days: -5).iso
            ),
            .init(
                text: "Réunir les employeurs de la logistique et France Travail",
                owner: "France Travail Rhône",
                dueOn: today.adding(days: 30).iso
            ),
            .init(
                text: "Proposer un avenant au CTAI de la Métropole sur le logement",
                owner: "Préfecture et Métropole de Lyon",
                dueOn: today.adding(days: 90).iso
            ),
        ]
        try await MeetingService(environment: environment).record(input, indicators: snapshot, actor: prefecture)
    }
}
