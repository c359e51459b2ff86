import Domain
import Testing

@Suite("Points de situation déduits des jalons")
struct SituationSnapshotsTests {
    static let entry = CalendarDay(year: 2026, month: 1, day: 15)!

    static func day(_ iso: String) -> CalendarDay { CalendarDay(iso: iso)! }

    static func milestone(_ id: String, _ iso: String, _ person: String?, _ event: MilestoneEvent) -> Milestone {
        Milestone(id: id, date: day(iso), personID: person, event: event)
    }

    @Test func theEntrySnapshotTakesTheSituationRecordedOnTheWelcomeDay() {
        let milestones = [
            Self.milestone("1", "2026-01-15", nil, .housing(.asylumAccommodation)),
            Self.milestone("2", "2026-01-15", "a", .activity(.jobSeekerNotRegistered)),
        ]
        let snapshots = SituationSnapshots.taken(
            milestones: milestones,
            entry: Self.entry,
            exit: nil,
            today: Self.day("2026-03-01")
        )
        #expect(snapshots.count == 1)
        #expect(snapshots[0].housing == .asylumAccommodation)
        #expect(snapshots[0].activity == .jobSeekerNotRegistered)
    }

    @Test func aMoveOnTheDueDateCountsAndAMoveTheDayAfterDoesNot() {
        let onTheDay = [
            Self.milestone("1", "2026-01-15", nil, .housing(.hotel)),
            Self.milestone("2", "2026-07-15", nil, .housing(.socialRentalLease)),
        ]
        let dayAfter = [
            Self.milestone("1", "2026-01-15", nil, .housing(.hotel)),
            Self.milestone("2", "2026-07-16", nil, .housing(.socialRentalLease)),
        ]
        let today = Self.day("2026-08-01")
        let first = SituationSnapshots.taken(milestones: onTheDay, entry: Self.entry, exit: nil, today: today)
        let second = SituationSnapshots.taken(milestones: dayAfter, entry: Self.entry, exit: nil, today: today)
        #expect(first.map(\.due.kind) == [.entry, .sixMonths(1)])
        #expect(first[1].housing == .socialRentalLease)
        #expect(second[1].housing == .hotel)
    }

    @Test func aSnapshotNotYetDueIsNotTaken() {
        let dayBefore = SituationSnapshots.taken(
            milestones: [],
            entry: Self.entry,
            exit: nil,
            today: Self.day("2026-07-14")
        )
        let onTheDay = SituationSnapshots.taken(
            milestones: [],
            entry: Self.entry,
            exit: nil,
            today: Self.day("2026-07-15")
        )
        #expect(dayBefore.count == 1)
        #expect(onTheDay.count == 2)
        #expect(onTheDay[1].housing == nil)
    }

    @Test func theHouseholdActivityIsTheMostFavourableOfItsMembers() {
        let milestones = [
            Self.milestone("1", "2026-02-01", "a", .activity(.jobSeekerRegistered)),
            Self.milestone("2", "2026-03-01", "b", .activity(.employed(contract: .fixedTerm(months: 6)))),
            Self.milestone("3", "2026-04-01", "a", .activity(.nonQualifyingTraining)),
        ]
        let snapshot = SituationSnapshots.situation(
            on: SnapshotDue(kind: .sixMonths(1), date: Self.day("2026-07-15")),
            milestones: milestones
        )
        #expect(snapshot.activity == .employed(contract: .fixedTerm(months: 6)))
    }

    @Test func aPersonsLaterSituationReplacesTheirEarlierOne() {
        let milestones = [
            Self.milestone("1", "2026-02-01", "a", .activity(.employed(contract: .permanent))),
            Self.milestone("2", "2026-05-01", "a", .activity(.jobSeekerRegistered)),
        ]
        let snapshot = SituationSnapshots.situation(
            on: SnapshotDue(kind: .sixMonths(1), date: Self.day("2026-07-15")),
            milestones: milestones
        )
        #expect(snapshot.activity == .jobSeekerRegistered)
    }

    @Test func aCorrectionRecordedLaterOnTheSameDayWins() {
        let milestones = [
            Self.milestone("1", "2026-01-15", nil, .housing(.hotel)),
            Self.milestone("2", "2026-01-15", nil, .housing(.hostedByThirdParty)),
        ]
        let snapshot = SituationSnapshots.situation(
            on: SnapshotDue(kind: .entry, date: Self.entry),
            milestones: milestones
        )
        #expect(snapshot.housing == .hostedByThirdParty)
    }

    @Test func theExitSnapshotTakesTheSituationDeclaredAtExit() {
        let exit = SituationSnapshots.DeclaredExit(
            date: Self.day("2026-09-30"),
            housing: .privateRentalLease,
            activity: .qualifyingTraining
        )
        let snapshots = SituationSnapshots.taken(
            milestones: [Self.milestone("1", "2026-01-15", nil, .housing(.hotel))],
            entry: Self.entry,
            exit: exit,
            today: Self.day("2026-11-27")
        )
        #expect(snapshots.map(\.due.kind) == [.entry, .sixMonths(1), .exit])
        #expect(snapshots[2].housing == .privateRentalLease)
        #expect(snapshots[2].activity == .qualifyingTraining)
        #expect(snapshots[1].housing == .hotel)
    }

    @Test func storedMilestoneEventsReadBack() {
        let events: [MilestoneEvent] = [
            .rightOpened(.franceTravail), .housing(.youngWorkersHostel),
            .activity(.employed(contract: .fixedTerm(months: 12))), .activity(.inactive),
        ]
        for event in events {
            #expect(MilestoneEvent(kind: event.kind, value: event.value) == event)
        }
        #expect(MilestoneEvent(kind: "housing", value: "castle") == nil)
        #expect(MilestoneEvent(kind: "party", value: "caf") == nil)
    }
}
