/// The newcomer's space: each person's access (the hash of their personal code, their passphrase or PIN hash),
/// their sessions, their messages with the caseworker, and the documents to bring to an appointment.
let m075NewcomerSpace = Migration(
    75,
    "newcomer_space",
    statements: [
        """
        CREATE TABLE newcomer_accesses (
            person_id TEXT PRIMARY KEY REFERENCES persons(id), household_id TEXT NOT NULL REFERENCES households(id),
            code_hash TEXT NOT NULL, code_expires_at TEXT NOT NULL, activated_at TEXT, secret_kind TEXT,
            secret_hash TEXT, language TEXT NOT NULL, opened_by_account_id TEXT NOT NULL REFERENCES accounts(id),
            opened_at TEXT NOT NULL, closed_at TEXT)
        """,
        "CREATE UNIQUE INDEX newcomer_accesses_code ON newcomer_accesses (code_hash)",
        "CREATE INDEX newcomer_accesses_household ON newcomer_accesses (household_id)",
        """
        CREATE TABLE newcomer_sessions (
            token_hash TEXT PRIMARY KEY, person_id TEXT NOT NULL REFERENCES persons(id), csrf_token TEXT NOT NULL,
            stage TEXT NOT NULL, created_at TEXT NOT NULL, last_seen_at TEXT NOT NULL, expires_at TEXT NOT NULL)
        """,
        "CREATE INDEX newcomer_sessions_person ON newcomer_sessions (person_id)",
        """
        CREATE TABLE newcomer_messages (
            id TEXT PRIMARY KEY, household_id TEXT NOT NULL REFERENCES households(id),
            person_id TEXT NOT NULL REFERENCES persons(id), from_person BOOLEAN NOT NULL,
            account_id TEXT REFERENCES accounts(id), body TEXT NOT NULL, sent_at TEXT NOT NULL, read_at TEXT)
        """,
        "CREATE INDEX newcomer_messages_person ON newcomer_messages (person_id, sent_at)",
        "CREATE INDEX newcomer_messages_unread ON newcomer_messages (household_id, from_person, read_at)",
        """
        CREATE TABLE appointment_documents (
            appointment_id TEXT NOT NULL REFERENCES appointments(id), document TEXT NOT NULL,
            PRIMARY KEY (appointment_id, document))
        """,
        // "Qui a consulté mon dossier" reads the changes of a person's and a household's records by record id.
        "CREATE INDEX audit_events_record ON audit_events (record_id, occurred_at)",
    ]
)
