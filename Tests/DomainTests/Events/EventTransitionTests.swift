import Domain
import Testing

@Suite("Événements : états et transitions")
struct EventTransitionTests {
    @Test func aPartnerProposesAndThePrefectureLabelsBeforePublication() {
        #expect(EventTransition.next(from: .draft, .propose, byPrefecture: false, ended: false) == .success(.proposed))
        #expect(
            EventTransition.next(from: .proposed, .publish, byPrefecture: true, ended: false) == .success(.published)
        )
        #expect(
            EventTransition.next(from: .proposed, .publish, byPrefecture: false, ended: false)
                == .failure(.init("Seule la préfecture labellise et publie un événement."))
        )
    }

    @Test func thePrefectureDeclaresAndPublishesItsOwnEvents() {
        #expect(EventTransition.next(from: .draft, .publish, byPrefecture: true, ended: false) == .success(.published))
        #expect(EventTransition.next(from: .draft, .propose, byPrefecture: true, ended: false).isFailure)
    }

    @Test func aPastEventIsNeitherPublishedNorCancelledButItsAttendanceIsRecorded() {
        #expect(EventTransition.next(from: .proposed, .publish, byPrefecture: true, ended: true).isFailure)
        #expect(EventTransition.next(from: .published, .cancel, byPrefecture: true, ended: true).isFailure)
        #expect(EventTransition.canRecordAttendance(.published, ended: true))
        #expect(!EventTransition.canRecordAttendance(.published, ended: false))
        #expect(!EventTransition.canRecordAttendance(.cancelled, ended: true))
    }

    @Test func aProposalGoesBackToItsAuthorAndOnlyThePrefectureCancelsAPublishedEvent() {
        #expect(
            EventTransition.next(from: .proposed, .returnToDraft, byPrefecture: true, ended: false) == .success(.draft)
        )
        #expect(EventTransition.next(from: .proposed, .returnToDraft, byPrefecture: false, ended: false).isFailure)
        #expect(EventTransition.next(from: .published, .cancel, byPrefecture: false, ended: false).isFailure)
        #expect(EventTransition.next(from: .draft, .cancel, byPrefecture: false, ended: false) == .success(.cancelled))
        #expect(EventTransition.next(from: .held, .cancel, byPrefecture: true, ended: true).isFailure)
    }

    @Test func aPartnerEditsOnlyItsDraftsThePrefectureUntilTheEventIsOver() {
        #expect(EventTransition.canEdit(.draft, byPrefecture: false))
        #expect(!EventTransition.canEdit(.proposed, byPrefecture: false))
        #expect(EventTransition.canEdit(.published, byPrefecture: true))
        #expect(!EventTransition.canEdit(.held, byPrefecture: true))
    }
}

extension Result {
    var isFailure: Bool {
        if case .failure = self { return true }
        return false
    }
}
