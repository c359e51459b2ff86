/// Rencontres territoriales: meetings of a département or a région with participants by kind, mechanisms reviewed,
/// a snapshot of the territory's indicators, findings and decisions followed up at later meetings (docs/events.md).
let m063TerritorialMeetings = Migration(
    63,
    "territorial_meetings",
    statements: [
        """
        CREATE TABLE territorial_meetings (
            id TEXT PRIMARY KEY, scope TEXT NOT NULL, territory_code TEXT NOT NULL, region_code TEXT NOT NULL,
            held_on TEXT NOT NULL, title TEXT NOT NULL, place TEXT NOT NULL,
            organisation_id TEXT NOT NULL REFERENCES organisations(id), account_id TEXT REFERENCES accounts(id),
            created_at TEXT NOT NULL)
        """,
        "CREATE INDEX territorial_meetings_territory ON territorial_meetings (scope, territory_code, held_on)",
        "CREATE INDEX territorial_meetings_region ON territorial_meetings (region_code, held_on)",
        """
        CREATE TABLE meeting_participants (
            meeting_id TEXT NOT NULL REFERENCES territorial_meetings(id), kind TEXT NOT NULL, count INTEGER NOT NULL,
            PRIMARY KEY (meeting_id, kind))
        """,
        """
        CREATE TABLE meeting_mechanisms (
            meeting_id TEXT NOT NULL REFERENCES territorial_meetings(id), mechanism TEXT NOT NULL,
            PRIMARY KEY (meeting_id, mechanism))
        """,
        """
        CREATE TABLE meeting_indicators (
            meeting_id TEXT NOT NULL REFERENCES territorial_meetings(id), position INTEGER NOT NULL,
            code TEXT NOT NULL, label TEXT NOT NULL, value_text TEXT NOT NULL, PRIMARY KEY (meeting_id, position))
        """,
        """
        CREATE TABLE meeting_findings (
            meeting_id TEXT NOT NULL REFERENCES territorial_meetings(id), position INTEGER NOT NULL,
            text TEXT NOT NULL, PRIMARY KEY (meeting_id, position))
        """,
        """
        CREATE TABLE meeting_decisions (
            id TEXT PRIMARY KEY, meeting_id TEXT NOT NULL REFERENCES territorial_meetings(id),
            position INTEGER NOT NULL, text TEXT NOT NULL, owner TEXT NOT NULL, due_on TEXT NOT NULL,
            status TEXT NOT NULL, closed_on TEXT, created_at TEXT NOT NULL)
        """,
        "CREATE INDEX meeting_decisions_meeting ON meeting_decisions (meeting_id, position)",
        "CREATE INDEX meeting_decisions_open ON meeting_decisions (status, due_on)",
        """
        CREATE TABLE meeting_decision_followups (
            id TEXT PRIMARY KEY, decision_id TEXT NOT NULL REFERENCES meeting_decisions(id),
            meeting_id TEXT NOT NULL REFERENCES territorial_meetings(id), status TEXT NOT NULL, note TEXT NOT NULL,
            account_id TEXT REFERENCES accounts(id), created_at TEXT NOT NULL)
        """,
        "CREATE INDEX meeting_decision_followups_decision ON meeting_decision_followups (decision_id, created_at)",
    ]
)
