import Domain
import Persistence
import SampleData
import Services
import TestSupport
import Testing
import Web

@Suite("Démonstration : la Semaine de l'intégration du Rhône")
struct DemoEventsTests {
    @Test func theDemoHasEventsAtEveryStateARencontreAndThreeStories() async throws {
        try await TestApp.run { browser, app in
            let environment = app.services
            let demo = DemoEvents(environment: environment) {
                try await MeetingSnapshot.indicators(environment: environment, actor: $0)
            }
            #expect(try await demo.load() == 20)
            #expect(try await demo.load() == 0)
            let states = try await environment.database.read { sql in
                try await sql.raw("SELECT state, COUNT(*) AS n FROM events GROUP BY state").all().reduce(
                    into: [String: Int]()
                ) { $0[try $1.decode(column: "state", as: String.self)] = try $1.decode(column: "n", as: Int.self) }
            }
            for state in EventState.allCases { #expect((states[state.rawValue] ?? 0) > 0, "\(state)") }
            let prefecture = try await TestEnvironment.signIn(.prefecture, environment)
            let decisions = try await MeetingService(environment: environment).openDecisions(actor: prefecture)
            #expect(decisions.count == 3)
            let stories = try await StoryService(environment: environment).stories(actor: prefecture)
            #expect(stories.map(\.state).sorted { $0.rawValue < $1.rawValue } == [.published, .withdrawn, .submitted])
            let calendar = try await browser.get("/semaine")
            #expect(calendar.text.contains("Semaine de l&#39;intégration 2026 (démonstration)"))
            #expect(calendar.text.contains("Complet — liste d&#39;attente ouverte"))
            try await browser.login(as: .prefecture)
            let home = try await browser.get("/accueil")
            #expect(home.text.contains("dont 1 en retard"))
        }
    }
}
