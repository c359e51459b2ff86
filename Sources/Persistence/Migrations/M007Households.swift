/// Households, people (with name keys for duplicate detection) and OFII referrals.
let m007Households = Migration(
    7,
    "households_people_referrals",
    statements: [
        """
        CREATE TABLE households (
            id TEXT PRIMARY KEY, departement_code TEXT NOT NULL REFERENCES departements(code), commune_code TEXT,
            operator_organisation_id TEXT NOT NULL REFERENCES organisations(id),
            caseworker_account_id TEXT REFERENCES accounts(id), stage TEXT NOT NULL,
            created_at TEXT NOT NULL, last_contact_on TEXT)
        """,
        "CREATE INDEX households_operator ON households (operator_organisation_id, departement_code)",
        "CREATE INDEX households_caseworker ON households (caseworker_account_id)",
        """
        CREATE TABLE persons (
            id TEXT PRIMARY KEY, household_id TEXT NOT NULL REFERENCES households(id), is_reference BOOLEAN NOT NULL,
            document_names TEXT NOT NULL, usual_names TEXT NOT NULL, birth_year INTEGER NOT NULL, birth_month INTEGER,
            birth_day INTEGER, sex TEXT NOT NULL, nationality TEXT NOT NULL, protection TEXT, protection_authority TEXT,
            protection_date TEXT, cir_signed_on TEXT, agdref TEXT, joining_relative BOOLEAN NOT NULL,
            created_at TEXT NOT NULL)
        """,
        "CREATE INDEX persons_household ON persons (household_id)",
        "CREATE INDEX persons_agdref ON persons (agdref)",
        """
        CREATE TABLE person_name_keys (
            person_id TEXT NOT NULL REFERENCES persons(id), name_key TEXT NOT NULL, PRIMARY KEY (name_key, person_id))
        """,
        """
        CREATE TABLE referrals (
            id TEXT PRIMARY KEY, household_id TEXT NOT NULL REFERENCES households(id),
            referring_organisation_id TEXT NOT NULL REFERENCES organisations(id),
            referring_account_id TEXT NOT NULL REFERENCES accounts(id),
            operator_organisation_id TEXT NOT NULL REFERENCES organisations(id), referral_date TEXT NOT NULL,
            prefect_exception BOOLEAN NOT NULL, eligible BOOLEAN NOT NULL, eligibility_basis TEXT NOT NULL,
            eligibility TEXT NOT NULL, status TEXT NOT NULL, decision_reason TEXT, decided_by TEXT REFERENCES accounts(id),
            decided_at TEXT, created_at TEXT NOT NULL)
        """,
        "CREATE INDEX referrals_referring ON referrals (referring_organisation_id, created_at)",
        "CREATE INDEX referrals_operator ON referrals (operator_organisation_id, status, created_at)",
    ]
)
