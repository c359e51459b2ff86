/// Derives the situation snapshots of a support from its milestones: at entry, every six months, and at exit.
public enum SituationSnapshots {
    /// The exit as declared: its day and the situations recorded with it.
    public struct DeclaredExit: Sendable {
        public let date: CalendarDay
        public let housing: HousingSituation
        public let activity: ActivitySituation

        /// Creates a declared exit.
        public init(date: CalendarDay, housing: HousingSituation, activity: ActivitySituation) {
            self.date = date
            self.housing = housing
            self.activity = activity
        }
    }

    /// The snapshots due on or before `today`; the exit snapshot takes the situations declared at exit.
    public static func taken(
        milestones: [Milestone],
        entry: CalendarDay,
        exit: DeclaredExit?,
        today: CalendarDay
    ) -> [SituationSnapshot] {
        SnapshotSchedule.dueDates(entry: entry, exit: exit?.date).filter { $0.date <= today }.map { due in
            if case .exit = due.kind, let exit {
                return SituationSnapshot(due: due, housing: exit.housing, activity: exit.activity)
            }
            return situation(on: due, milestones: milestones)
        }
    }

    /// The situation on a day: the last housing recorded on or before it, and the most favourable of each
    /// person's last work or training situation on or before it.
    public static func situation(on due: SnapshotDue, milestones: [Milestone]) -> SituationSnapshot {
        // Milestones of the same day keep their recorded order, so a correction entered later wins.
        let past = milestones.enumerated().filter { $0.element.date <= due.date }
            .sorted { ($0.element.date, $0.offset) < ($1.element.date, $1.offset) }.map(\.element)
        var housing: HousingSituation?
        var activityByPerson: [String: ActivitySituation] = [:]
        for milestone in past {
            switch milestone.event {
            case .housing(let value): housing = value
            // An activity without a person belongs to the household as a whole.
            case .activity(let value): activityByPerson[milestone.personID ?? ""] = value
            case .rightOpened: break
            }
        }
        let best = activityByPerson.sorted { $0.key < $1.key }.map(\.value).max { $0.rank < $1.rank }
        return SituationSnapshot(due: due, housing: housing, activity: best)
    }
}
