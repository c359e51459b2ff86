/// A person's languages, contact, CIR direction and administrative identifiers; residence titles; and the
/// explicit, reversible merge of two records of the same person.
let m017PersonDetails = Migration(
    17,
    "person_details_titles_merges",
    statements: [
        "ALTER TABLE persons ADD COLUMN languages TEXT",
        "ALTER TABLE persons ADD COLUMN phone TEXT",
        "ALTER TABLE persons ADD COLUMN email TEXT",
        "ALTER TABLE persons ADD COLUMN ofii_direction TEXT",
        "ALTER TABLE persons ADD COLUMN ofpra_number TEXT",
        "ALTER TABLE persons ADD COLUMN caf_number TEXT",
        "ALTER TABLE persons ADD COLUMN france_travail_id TEXT",
        "ALTER TABLE persons ADD COLUMN social_security_number TEXT",
        "ALTER TABLE persons ADD COLUMN merged_into TEXT REFERENCES persons(id)",
        """
        CREATE TABLE residence_titles (
            id TEXT PRIMARY KEY, person_id TEXT NOT NULL REFERENCES persons(id), kind TEXT NOT NULL,
            valid_from TEXT NOT NULL, valid_to TEXT, account_id TEXT NOT NULL REFERENCES accounts(id),
            created_at TEXT NOT NULL)
        """,
        "CREATE INDEX residence_titles_person ON residence_titles (person_id, valid_from)",
    ]
)
