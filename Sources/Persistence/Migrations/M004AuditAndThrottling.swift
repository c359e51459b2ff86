/// The hash-chained audit log and the record of failed logins used for throttling.
let m004AuditAndThrottling = Migration(
    4,
    "audit_log_and_login_failures",
    statements: [
        """
        CREATE TABLE audit_events (
            seq BIGINT PRIMARY KEY, occurred_at TEXT NOT NULL,
            account_id TEXT, account_email TEXT, organisation_id TEXT, role TEXT,
            action TEXT NOT NULL, record_type TEXT NOT NULL, record_id TEXT NOT NULL, person_id TEXT,
            changes TEXT NOT NULL, previous_hash TEXT NOT NULL, hash TEXT NOT NULL)
        """,
        "CREATE INDEX audit_events_occurred ON audit_events (occurred_at)",
        "CREATE INDEX audit_events_account ON audit_events (account_email, occurred_at)",
        "CREATE INDEX audit_events_action ON audit_events (action, occurred_at)",
        "CREATE INDEX audit_events_person ON audit_events (person_id, occurred_at)",
        "CREATE TABLE login_failures (email TEXT NOT NULL, ip TEXT NOT NULL, failed_at TEXT NOT NULL)",
        "CREATE INDEX login_failures_email ON login_failures (email, failed_at)",
        "CREATE INDEX login_failures_ip ON login_failures (ip, failed_at)",
    ]
)
