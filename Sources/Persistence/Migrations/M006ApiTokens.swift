/// Personal API tokens, stored as hashes.
let m006ApiTokens = Migration(
    6,
    "api_tokens",
    statements: [
        """
        CREATE TABLE api_tokens (
            id TEXT PRIMARY KEY, account_id TEXT NOT NULL REFERENCES accounts(id), name TEXT NOT NULL,
            token_hash TEXT NOT NULL UNIQUE, created_at TEXT NOT NULL, expires_at TEXT NOT NULL,
            last_used_at TEXT, revoked_at TEXT)
        """,
        "CREATE INDEX api_tokens_account ON api_tokens (account_id)",
    ]
)
