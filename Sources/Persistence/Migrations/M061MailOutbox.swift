/// Mail: every message is written here in the transaction of the change that causes it, then delivered by a job
/// with retries (docs/mail.md).
let m061MailOutbox = Migration(
    61,
    "mail_outbox",
    statements: [
        """
        CREATE TABLE mail_outbox (
            id TEXT PRIMARY KEY, purpose TEXT NOT NULL, reference_id TEXT, recipient TEXT NOT NULL,
            recipient_name TEXT, subject TEXT NOT NULL, body_blocks TEXT NOT NULL, status TEXT NOT NULL,
            attempts INTEGER NOT NULL, next_attempt_at TEXT NOT NULL, last_error TEXT, created_at TEXT NOT NULL,
            sent_at TEXT)
        """,
        "CREATE INDEX mail_outbox_due ON mail_outbox (status, next_attempt_at)",
        "CREATE INDEX mail_outbox_reference ON mail_outbox (reference_id)",
    ]
)
