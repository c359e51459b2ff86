/// A contact's note can be corrected by its author or a manager: the note keeps its current text, the revision each
/// correction increments, and who corrected it last and when; every replaced text stays in `contact_note_versions`
/// with who wrote it and when, and who replaced it and when.
let m086ContactCorrections = Migration(
    86,
    "contact_corrections",
    statements: [
        "ALTER TABLE contacts ADD COLUMN revision INTEGER NOT NULL DEFAULT 0",
        "ALTER TABLE contacts ADD COLUMN corrected_at TEXT",
        "ALTER TABLE contacts ADD COLUMN corrected_by TEXT REFERENCES accounts(id)",
        """
        CREATE TABLE contact_note_versions (
            contact_id TEXT NOT NULL REFERENCES contacts(id), revision INTEGER NOT NULL, note TEXT NOT NULL,
            written_by TEXT NOT NULL REFERENCES accounts(id), written_at TEXT NOT NULL,
            replaced_by TEXT NOT NULL REFERENCES accounts(id), replaced_at TEXT NOT NULL,
            PRIMARY KEY (contact_id, revision))
        """,
    ]
)
