/// A page that reads several people's data writes one audit event listing them; `audit_event_persons` indexes that
/// event under each person, so that a search by person finds it. The data protection officer of an organisation
/// searches its events only: an index by organisation and sequence serves that page without scanning the log.
let m081AuditReadsAndScope = Migration(
    81,
    "audit_reads_and_scope",
    statements: [
        """
        CREATE TABLE audit_event_persons (
            person_id TEXT NOT NULL, seq BIGINT NOT NULL REFERENCES audit_events(seq),
            PRIMARY KEY (person_id, seq))
        """,
        "CREATE INDEX audit_events_organisation ON audit_events (organisation_id, seq)",
    ]
)
