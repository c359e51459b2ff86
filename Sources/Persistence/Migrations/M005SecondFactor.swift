/// Two-factor authentication: TOTP secrets, recovery codes, and sessions waiting for their second factor.
let m005SecondFactor = Migration(
    5,
    "second_factor",
    statements: [
        "ALTER TABLE accounts ADD COLUMN totp_secret TEXT",
        "ALTER TABLE accounts ADD COLUMN totp_pending_secret TEXT",
        "ALTER TABLE accounts ADD COLUMN totp_enabled_at TEXT",
        "ALTER TABLE accounts ADD COLUMN totp_last_step BIGINT",
        "ALTER TABLE sessions ADD COLUMN stage TEXT NOT NULL DEFAULT 'complete'",
        """
        CREATE TABLE recovery_codes (
            account_id TEXT NOT NULL REFERENCES accounts(id), code_hash TEXT NOT NULL, used_at TEXT,
            PRIMARY KEY (account_id, code_hash))
        """,
    ]
)
