/// A situation snapshot and the day it is due.
public struct SnapshotDue: Sendable, Hashable {
    /// Which snapshot.
    public let kind: SnapshotKind
    /// The day it is due.
    public let date: CalendarDay

    /// Creates a due snapshot.
    public init(kind: SnapshotKind, date: CalendarDay) {
        self.kind = kind
        self.date = date
    }
}
