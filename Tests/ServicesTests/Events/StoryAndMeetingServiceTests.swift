import Domain
import Foundation
import Persistence
import Services
import TestSupport
import Testing

@Suite("Récits de parcours et rencontres territoriales")
struct StoryAndMeetingServiceTests {
    static func story() -> StoryInput {
        var input = StoryInput()
        input.consentOn = "2026-11-20"
        input.consentScope = ConsentScope.publication.rawValue
        input.consentConfirmed = true
        input.personName = "Mariam K."
        input.title = "Un CAP puis un CDI"
        input.body = "Son parcours."
        input.theme = EventTheme.employment.rawValue
        return input
    }

    @Test func withdrawingConsentUnpublishesAtOnceErasesTheTextAndIsAudited() async throws {
        try await TestEnvironment.withDemo(secondFactorRequired: false) { environment, _ in
            let author = try await TestEnvironment.signIn(.referent, environment)
            let prefecture = try await TestEnvironment.signIn(.prefecture, environment)
            let stories = StoryService(environment: environment)
            let id = try await stories.create(Self.story(), actor: author)
            try await stories.apply(.submit, storyID: id, note: "", actor: author)
            try await stories.apply(.publish, storyID: id, note: "", actor: prefecture)
            let published = try #require(try await stories.gallery().first)
            #expect(published.id == id)
            #expect(StoryRules.pseudonyms.contains(published.shownName))
            try await stories.withdrawConsent(storyID: id, actor: author)
            #expect(try await stories.gallery().isEmpty)
            #expect(try await stories.publishedStory(id: id) == nil)
            let withdrawn = try await stories.story(id: id, actor: author)
            #expect(withdrawn.state == .withdrawn && withdrawn.body.isEmpty && withdrawn.personName == nil)
            #expect(
                try await EventFixtures.auditActions(environment, recordID: id) == [
                    "recit.creation", "recit.etat", "recit.etat", "recit.retrait_consentement",
                ]
            )
        }
    }

    @Test func aStoryWithoutConsentIsNotSavedAndAnInternalConsentIsNeverPublished() async throws {
        try await TestEnvironment.withDemo(secondFactorRequired: false) { environment, _ in
            let author = try await TestEnvironment.signIn(.partenaire, environment)
            let prefecture = try await TestEnvironment.signIn(.prefecture, environment)
            let stories = StoryService(environment: environment)
            var input = Self.story()
            input.consentConfirmed = false
            await #expect(throws: DomainError.self) { try await stories.create(input, actor: author) }
            #expect(try await stories.stories(actor: author).isEmpty)
            input.consentConfirmed = true
            input.consentScope = ConsentScope.internalUse.rawValue
            let id = try await stories.create(input, actor: author)
            try await stories.apply(.submit, storyID: id, note: "", actor: author)
            await #expect(throws: DomainError.self) {
                try await stories.apply(.publish, storyID: id, note: "", actor: prefecture)
            }
            // The prefecture never sees the person's name.
            let reviewed = try await stories.stories(actor: prefecture)
            #expect(reviewed.map(\.id) == [id])
        }
    }

    @Test func aMeetingKeepsItsDecisionsWhichLaterMeetingsFollowUp() async throws {
        try await TestEnvironment.withDemo(secondFactorRequired: false) { environment, time in
            let prefecture = try await TestEnvironment.signIn(.prefecture, environment)
            let meetings = MeetingService(environment: environment)
            var input = MeetingInput()
            input.heldOn = "2026-10-01"
            input.title = "Rencontre d'automne"
            input.place = "Préfecture"
            input.participants = ["ofii": "2", "associations": "7"]
            input.mechanisms = ["agir", "ctai"]
            input.findings = "Constat un\nConstat deux"
            input.decisions = [
                .init(text: "Ouvrir un cours du soir", owner: "DDETS", dueOn: "2026-11-15"),
                .init(text: "", owner: "", dueOn: ""),
            ]
            let first = try await meetings.record(
                input,
                indicators: [("AGIR_ORIENTATIONS", "Orientations", "< 5")],
                actor: prefecture
            )
            let open = try await meetings.openDecisions(actor: prefecture)
            #expect(open.map(\.text) == ["Ouvrir un cours du soir"])
            #expect(open.first?.status.isOverdue(due: open[0].dueOn, today: CalendarDay(iso: "2026-11-27")!) == true)
            var later = input
            later.heldOn = "2026-11-26"
            later.decisions = []
            later.followUps = [open[0].id: (MeetingDecisionStatus.done.rawValue, "Cours ouvert le 2 novembre")]
            let second = try await meetings.record(later, indicators: [], actor: prefecture)
            #expect(try await meetings.openDecisions(actor: prefecture).isEmpty)
            let recorded = try await meetings.meeting(id: second, actor: prefecture)
            #expect(recorded.followUps.map(\.note) == ["Cours ouvert le 2 novembre"])
            let original = try await meetings.meeting(id: first, actor: prefecture)
            #expect(original.decisions.first?.followUps.map(\.status) == [.done])
            #expect(original.indicators.map(\.value) == ["< 5"])
            #expect(original.participantCount == 9 && original.findings.count == 2)
            _ = time
        }
    }

    @Test func aPrefectureReadsOnlyTheMeetingsOfItsTerritory() async throws {
        try await TestEnvironment.withDemo(secondFactorRequired: false) { environment, _ in
            let marseille = try await EventFixtures.prefecture13(environment)
            var input = MeetingInput()
            input.heldOn = "2026-10-01"
            input.title = "Rencontre des Bouches-du-Rhône"
            input.place = "Marseille"
            input.participants = ["ofii": "2"]
            input.mechanisms = ["agir"]
            let meetings = MeetingService(environment: environment)
            let id = try await meetings.record(input, indicators: [], actor: marseille)
            let lyon = try await TestEnvironment.signIn(.prefecture, environment)
            await #expect(throws: DomainError.notFound) { _ = try await meetings.meeting(id: id, actor: lyon) }
            #expect(try await meetings.overview(actor: lyon).0.isEmpty)
            let national = try await TestEnvironment.signIn(.national, environment)
            #expect(try await meetings.meeting(id: id, actor: national).title == "Rencontre des Bouches-du-Rhône")
        }
    }
}
