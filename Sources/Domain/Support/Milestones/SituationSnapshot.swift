/// The housing and the work or training situation of a household on the day a snapshot is due.
public struct SituationSnapshot: Sendable, Hashable {
    /// Which snapshot and when it is due.
    public let due: SnapshotDue
    /// Where the household lives that day, or nil when nothing was recorded yet.
    public let housing: HousingSituation?
    /// The household's most favourable work or training situation that day, or nil when nothing was recorded.
    public let activity: ActivitySituation?

    /// Creates a snapshot.
    public init(due: SnapshotDue, housing: HousingSituation?, activity: ActivitySituation?) {
        self.due = due
        self.housing = housing
        self.activity = activity
    }
}
