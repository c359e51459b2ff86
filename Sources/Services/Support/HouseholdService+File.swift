import Domain
import Persistence

extension HouseholdService {
    /// A household file: the household, its members and its referral.
    public struct File: Sendable {
        public let household: HouseholdSummary
        public let members: [HouseholdMember]
        public let commitmentContractDue: CalendarDay?
        public let milestones: SupportMilestones
        public let contacts: [ContactRecord]
        /// The previous texts of corrected contact notes, latest first, by contact.
        public let noteVersions: [String: [ContactNoteVersion]]
        /// Every appointment of the household, cancelled and past ones included, latest first.
        public let appointmentHistory: [AppointmentRecord]
        public let exit: ExitRecord?
        /// The diagnosis; the restricted health domain only for the household's own caseworker.
        public let diagnosis: [DiagnosisEntry]
        /// Whether the viewer sees the restricted section.
        public let seesRestricted: Bool
        /// The support plan.
        public let plan: [PlanGoal]
        /// The milestones of the support (rights, housing, work and training), oldest first.
        public let events: [Milestone]
        /// The transfers to another operator or département, oldest first.
        public let transfers: [TransferRecord]
        /// Each member's languages, contact and identifiers.
        public let details: [PersonDetails]
        /// The members' residence titles, latest first.
        public let titles: [ResidenceTitleRecord]
        /// Records of other households merged into members of this one.
        public let merged: [(id: String, into: String, names: String, householdID: String)]

        /// The situation snapshots due so far: at entry, every six months, at exit.
        public func snapshots(today: CalendarDay) -> [SituationSnapshot] {
            guard let entry = milestones.welcomeInterview else { return [] }
            return SituationSnapshots.taken(milestones: events, entry: entry, exit: declaredExit, today: today)
        }

        /// The next snapshot to come, while the household is in support.
        public func nextSnapshot(today: CalendarDay) -> SnapshotDue? {
            guard exit == nil, let entry = milestones.welcomeInterview else { return nil }
            return SnapshotSchedule.next(after: today, entry: entry)
        }

        /// The situation today, from the milestones recorded so far.
        public func currentSituation(today: CalendarDay) -> SituationSnapshot {
            SituationSnapshots.situation(on: SnapshotDue(kind: .exit, date: today), milestones: events)
        }

        /// The exit with its declared situations, when both read back.
        var declaredExit: SituationSnapshots.DeclaredExit? {
            guard let exit, let housing = HousingSituation(rawValue: exit.housing),
                let activity = ActivitySituation(storedValue: exit.activity)
            else { return nil }
            return .init(date: exit.day, housing: housing, activity: activity)
        }

        /// The last day of support: 24 months after the welcome interview.
        public var supportEnds: CalendarDay? {
            milestones.welcomeInterview.map { SupportDeadlines.supportEnds(entry: $0) }
        }

        /// The positive-exit conditions of the recorded exit.
        public var exitAssessment: ExitAssessment? {
            declaredExit.map { PositiveExitRule.evaluate(housing: $0.housing, activity: $0.activity) }
        }
    }
}
