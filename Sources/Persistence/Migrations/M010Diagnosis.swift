/// The diagnosis of a household, one row per domain.
let m010Diagnosis = Migration(
    10,
    "diagnosis",
    statements: [
        """
        CREATE TABLE diagnoses (
            household_id TEXT NOT NULL REFERENCES households(id), domain TEXT NOT NULL, situation TEXT NOT NULL,
            need TEXT NOT NULL, note TEXT NOT NULL, account_id TEXT NOT NULL REFERENCES accounts(id),
            updated_at TEXT NOT NULL, PRIMARY KEY (household_id, domain))
        """
    ]
)
