/// The Semaine de l'intégration: editions with their days, events with themes, organisers, attendance and public
/// registrations (docs/events.md).
let m062Events = Migration(
    62,
    "events",
    statements: [
        """
        CREATE TABLE event_editions (
            id TEXT PRIMARY KEY, year INTEGER NOT NULL UNIQUE, title TEXT NOT NULL, starts_on TEXT NOT NULL,
            ends_on TEXT NOT NULL, highlighted_stages TEXT NOT NULL, account_id TEXT REFERENCES accounts(id),
            created_at TEXT NOT NULL, updated_at TEXT NOT NULL)
        """,
        """
        CREATE TABLE event_edition_days (
            edition_id TEXT NOT NULL REFERENCES event_editions(id), day TEXT NOT NULL, theme TEXT,
            PRIMARY KEY (edition_id, day))
        """,
        """
        CREATE TABLE events (
            id TEXT PRIMARY KEY, edition_id TEXT REFERENCES event_editions(id),
            departement_code TEXT NOT NULL REFERENCES departements(code),
            organisation_id TEXT NOT NULL REFERENCES organisations(id), account_id TEXT REFERENCES accounts(id),
            state TEXT NOT NULL, title TEXT NOT NULL, kind TEXT NOT NULL, description TEXT NOT NULL,
            starts_at TEXT NOT NULL, ends_at TEXT NOT NULL, start_day TEXT NOT NULL, end_day TEXT NOT NULL,
            address TEXT NOT NULL, commune_code TEXT NOT NULL, qpv_code TEXT, audience TEXT NOT NULL, capacity INTEGER,
            accessibility TEXT NOT NULL, registered_count INTEGER NOT NULL, waiting_count INTEGER NOT NULL,
            registrants_purged_at TEXT, copied_from TEXT, review_note TEXT, created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL, published_at TEXT)
        """,
        "CREATE INDEX events_calendar ON events (edition_id, state, departement_code, start_day)",
        "CREATE INDEX events_departement ON events (departement_code, starts_at)",
        "CREATE INDEX events_organisation ON events (organisation_id, starts_at)",
        "CREATE INDEX events_purge ON events (end_day, registrants_purged_at)",
        """
        CREATE TABLE event_themes (
            event_id TEXT NOT NULL REFERENCES events(id), theme TEXT NOT NULL, PRIMARY KEY (event_id, theme))
        """,
        "CREATE INDEX event_themes_theme ON event_themes (theme, event_id)",
        """
        CREATE TABLE event_organisers (
            event_id TEXT NOT NULL REFERENCES events(id), position INTEGER NOT NULL, role TEXT NOT NULL,
            kind TEXT NOT NULL, name TEXT NOT NULL, PRIMARY KEY (event_id, position))
        """,
        """
        CREATE TABLE event_attendance (
            event_id TEXT NOT NULL REFERENCES events(id), participant_kind TEXT NOT NULL, count INTEGER NOT NULL,
            PRIMARY KEY (event_id, participant_kind))
        """,
        """
        CREATE TABLE event_registrations (
            id TEXT PRIMARY KEY, event_id TEXT NOT NULL REFERENCES events(id), email TEXT NOT NULL,
            name TEXT NOT NULL, status TEXT NOT NULL, position INTEGER NOT NULL, token_hash TEXT NOT NULL UNIQUE,
            created_at TEXT NOT NULL, updated_at TEXT NOT NULL, UNIQUE (event_id, email))
        """,
        "CREATE INDEX event_registrations_queue ON event_registrations (event_id, status, position)",
    ]
)
