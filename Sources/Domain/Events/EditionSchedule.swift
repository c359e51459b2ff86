/// Which edition the public calendar shows by default.
public enum EditionSchedule {
    /// The edition under way on `today`, else the next one to come, else the latest past one; nil without editions.
    public static func current(
        _ editions: [(id: String, starts: CalendarDay, ends: CalendarDay)],
        today: CalendarDay
    ) -> String? {
        if let running = editions.first(where: { $0.starts <= today && today <= $0.ends }) { return running.id }
        if let next = editions.filter({ $0.starts > today }).min(by: { $0.starts < $1.starts }) { return next.id }
        return editions.max(by: { $0.starts < $1.starts })?.id
    }
}
