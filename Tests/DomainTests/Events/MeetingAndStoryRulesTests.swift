import Domain
import Testing

@Suite("Rencontres territoriales et récits : règles")
struct MeetingAndStoryRulesTests {
    let today = CalendarDay(iso: "2026-11-27")!

    @Test func aMeetingIsRecordedOnceHeldWithDecisionsDueAfterIt() {
        var input = MeetingInput()
        input.heldOn = "2026-11-28"
        input.title = "Rencontre"
        input.place = "Préfecture"
        input.participants = ["ofii": "2"]
        input.mechanisms = ["agir"]
        input.decisions = [.init(text: "Ouvrir un cours", owner: "DDETS", dueOn: "2026-11-01")]
        var errors = FieldErrors()
        #expect(input.validate(today: today, &errors) == nil)
        #expect(errors["meetingDay"]?.contains("ne peut pas être à venir") == true)
        #expect(errors["decisionDue-0"] == "L'échéance ne peut pas précéder la rencontre.")
        input.heldOn = "2026-10-20"
        var fixed = FieldErrors()
        let valid = input.validate(today: today, &fixed)
        #expect(valid?.decisions.count == 1)
        #expect(valid?.participantCount == 2)
    }

    @Test func aMeetingNeedsParticipantsAndAMechanism() {
        var input = MeetingInput()
        input.heldOn = "2026-10-20"
        input.title = "Rencontre"
        input.place = "Préfecture"
        var errors = FieldErrors()
        #expect(input.validate(today: today, &errors) == nil)
        #expect(errors["participants-services-etat"] == "Comptez les participants.")
        #expect(errors["meetingMechanisms"] == "Cochez au moins un dispositif examiné.")
    }

    @Test func anOpenDecisionPastItsDueDayIsOverdue() {
        let due = CalendarDay(iso: "2026-11-26")!
        #expect(MeetingDecisionStatus.open.isOverdue(due: due, today: today))
        #expect(!MeetingDecisionStatus.open.isOverdue(due: today, today: today))
        #expect(!MeetingDecisionStatus.done.isOverdue(due: due, today: today))
    }

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

    @Test func aStoryWithoutConsentCannotBeSaved() {
        var input = Self.story()
        input.consentConfirmed = false
        input.consentOn = ""
        var errors = FieldErrors()
        #expect(input.validate(today: today, &errors) == nil)
        #expect(
            errors["consentConfirmed"]
                == "Sans consentement signé de la personne, le récit ne peut pas être enregistré."
        )
        #expect(errors["consentOn"] != nil)
    }

    @Test func aStoryIsPseudonymisedByDefault() throws {
        var errors = FieldErrors()
        let valid = try #require(Self.story().validate(today: today, &errors))
        #expect(valid.shownName == nil)
        #expect(valid.shownNameIsPseudonym)
        #expect(StoryRules.pseudonyms.contains(StoryRules.pseudonym(for: "abc")))
        #expect(StoryRules.pseudonym(for: "abc") == StoryRules.pseudonym(for: "abc"))
    }

    @Test func onlyAPublicConsentIsPublishedAfterThePrefecturesReview() {
        #expect(
            StoryRules.next(from: .draft, .submit, byPrefecture: false, consent: .publication) == .success(.submitted)
        )
        #expect(
            StoryRules.next(from: .submitted, .publish, byPrefecture: true, consent: .publication)
                == .success(.published)
        )
        #expect(StoryRules.next(from: .submitted, .publish, byPrefecture: false, consent: .publication).isFailure)
        #expect(StoryRules.next(from: .submitted, .publish, byPrefecture: true, consent: .internalUse).isFailure)
        #expect(StoryRules.next(from: .draft, .publish, byPrefecture: true, consent: .publication).isFailure)
    }
}
