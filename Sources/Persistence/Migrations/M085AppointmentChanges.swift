/// Appointments are moved, cancelled and marked attended or missed: each keeps its status (`AppointmentStatus`), the
/// reason it was cancelled, and a revision that each change increments, so that two people changing it at once
/// cannot overwrite each other unseen. Existing appointments are planned.
let m085AppointmentChanges = Migration(
    85,
    "appointment_changes",
    statements: [
        "ALTER TABLE appointments ADD COLUMN status TEXT NOT NULL DEFAULT 'prevu'",
        "ALTER TABLE appointments ADD COLUMN revision INTEGER NOT NULL DEFAULT 0",
        "ALTER TABLE appointments ADD COLUMN cancel_reason TEXT",
        "ALTER TABLE appointments ADD COLUMN changed_at TEXT",
        "ALTER TABLE appointments ADD COLUMN changed_by TEXT REFERENCES accounts(id)",
    ]
)
