import Foundation

/// How an event of last year's edition becomes a draft of the new one.
public enum EventCopy {
    /// The event moved by `days` days, at the same local times; a day that falls outside the new edition is moved to
    /// its nearest day, so that the copy always belongs to its edition. Capacity, themes and organisers are kept.
    public static func shifted(
        _ event: ValidEvent,
        byDays days: Int,
        into edition: (starts: CalendarDay, ends: CalendarDay),
        zone: LocalTime
    ) -> ValidEvent {
        let length = event.startDay.days(to: event.endDay)
        var start = event.startDay.adding(days: days)
        if start < edition.starts { start = edition.starts }
        if start.adding(days: length) > edition.ends { start = max(edition.starts, edition.ends.adding(days: -length)) }
        let end = start.adding(days: length)
        let (startHour, startMinute) = zone.clock(of: event.startsAt)
        let (endHour, endMinute) = zone.clock(of: event.endsAt)
        return ValidEvent(
            title: event.title,
            kind: event.kind,
            themes: event.themes,
            description: event.description,
            startsAt: zone.instant(day: start, hour: startHour, minute: startMinute),
            endsAt: zone.instant(day: end, hour: endHour, minute: endMinute),
            startDay: start,
            endDay: end,
            address: event.address,
            communeCode: event.communeCode,
            qpvCode: event.qpvCode,
            audience: event.audience,
            capacity: event.capacity,
            accessibility: event.accessibility,
            organisers: event.organisers
        )
    }
}
