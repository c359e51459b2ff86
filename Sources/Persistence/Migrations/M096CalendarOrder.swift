/// The public calendar lists an edition's events by start, thirty at a time: an index in that order lets a page read
/// its thirty events instead of joining and sorting all of the edition's (1 900 at national scale) on every visit.
let m096CalendarOrder = Migration(
    96,
    "calendar_order",
    statements: ["CREATE INDEX events_edition_start ON events (edition_id, starts_at, id)"]
)
