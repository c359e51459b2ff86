/// Successful paths: stories drafted after the person's consent is recorded, reviewed by the prefecture, published
/// pseudonymised, unpublished at once when consent is withdrawn (docs/events.md).
let m064SuccessStories = Migration(
    64,
    "success_stories",
    statements: [
        """
        CREATE TABLE success_stories (
            id TEXT PRIMARY KEY, departement_code TEXT NOT NULL REFERENCES departements(code),
            organisation_id TEXT NOT NULL REFERENCES organisations(id),
            author_account_id TEXT REFERENCES accounts(id), person_name TEXT, consent_on TEXT NOT NULL,
            consent_scope TEXT NOT NULL, consent_photo BOOLEAN NOT NULL, consent_withdrawn_on TEXT,
            shown_name TEXT NOT NULL, shown_name_is_pseudonym BOOLEAN NOT NULL, title TEXT NOT NULL, body TEXT NOT NULL, theme TEXT NOT NULL,
            state TEXT NOT NULL, review_note TEXT, created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
            published_at TEXT, withdrawn_at TEXT)
        """,
        "CREATE INDEX success_stories_state ON success_stories (state, published_at)",
        "CREATE INDEX success_stories_departement ON success_stories (departement_code, state)",
        "CREATE INDEX success_stories_organisation ON success_stories (organisation_id, created_at)",
    ]
)
