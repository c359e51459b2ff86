/// Organisations, accounts and database-held sessions.
let m003Accounts = Migration(
    3,
    "accounts_and_sessions",
    statements: [
        """
        CREATE TABLE organisations (
            id TEXT PRIMARY KEY, name TEXT NOT NULL, kind TEXT NOT NULL, siret TEXT, rna TEXT,
            departement_codes TEXT NOT NULL, active BOOLEAN NOT NULL, created_at TEXT NOT NULL)
        """,
        """
        CREATE TABLE accounts (
            id TEXT PRIMARY KEY, organisation_id TEXT NOT NULL REFERENCES organisations(id),
            email TEXT NOT NULL UNIQUE, display_name TEXT NOT NULL, role TEXT NOT NULL, scope TEXT NOT NULL,
            password_hash TEXT NOT NULL, active BOOLEAN NOT NULL, created_at TEXT NOT NULL)
        """,
        """
        CREATE TABLE sessions (
            token_hash TEXT PRIMARY KEY, account_id TEXT NOT NULL REFERENCES accounts(id),
            csrf_token TEXT NOT NULL, created_at TEXT NOT NULL, last_seen_at TEXT NOT NULL, expires_at TEXT NOT NULL)
        """,
        "CREATE INDEX sessions_account ON sessions (account_id)",
    ]
)
