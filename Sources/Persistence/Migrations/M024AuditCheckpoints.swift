/// Signed checkpoints of the audit chain (how many events, the last one's hash, signed with the audit key held
/// outside the database), so that removing the newest events or rewriting the chain is detected.
let m024AuditCheckpoints = Migration(
    24,
    "audit_checkpoints",
    statements: [
        """
        CREATE TABLE audit_checkpoints (
            signature TEXT PRIMARY KEY, kind TEXT NOT NULL, event_count BIGINT NOT NULL, head_hash TEXT NOT NULL,
            created_at TEXT NOT NULL)
        """,
        "CREATE INDEX audit_checkpoints_count ON audit_checkpoints (event_count)",
    ]
)
