/// Programme 104 credits: budget lines per year and territory, calls for projects, applications with their frozen
/// submissions, selection committees, commitments (AE), payments (CP) and financial reports. Amounts are integer cents.
let m040Funding = Migration(
    40,
    "funding",
    statements: [
        """
        CREATE TABLE funding_lines (
            id TEXT PRIMARY KEY, year INTEGER NOT NULL, region_code TEXT NOT NULL REFERENCES regions(code),
            departement_code TEXT NOT NULL, action TEXT NOT NULL, sub_action TEXT NOT NULL, label TEXT NOT NULL,
            allocation_cents BIGINT NOT NULL, reserve_basis_points INTEGER NOT NULL, account_id TEXT,
            created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
            UNIQUE (year, region_code, departement_code, action, sub_action))
        """,
        "CREATE INDEX funding_lines_departement ON funding_lines (departement_code, year)",
        """
        CREATE TABLE funding_calls (
            id TEXT PRIMARY KEY, line_id TEXT NOT NULL REFERENCES funding_lines(id), year INTEGER NOT NULL,
            region_code TEXT NOT NULL, departement_code TEXT NOT NULL,
            organisation_id TEXT NOT NULL REFERENCES organisations(id), title TEXT NOT NULL, body TEXT NOT NULL,
            audience TEXT NOT NULL, tags TEXT NOT NULL, opens_on TEXT NOT NULL, closes_on TEXT NOT NULL,
            criteria TEXT NOT NULL, documents TEXT NOT NULL, status TEXT NOT NULL, published_at TEXT,
            account_id TEXT NOT NULL REFERENCES accounts(id), created_at TEXT NOT NULL)
        """,
        "CREATE INDEX funding_calls_territory ON funding_calls (region_code, departement_code, year)",
        """
        CREATE TABLE funding_committees (
            id TEXT PRIMARY KEY, call_id TEXT NOT NULL REFERENCES funding_calls(id), held_on TEXT NOT NULL,
            members TEXT NOT NULL, account_id TEXT NOT NULL REFERENCES accounts(id), created_at TEXT NOT NULL)
        """,
        "CREATE INDEX funding_committees_call ON funding_committees (call_id)",
        """
        CREATE TABLE funding_applications (
            id TEXT PRIMARY KEY, call_id TEXT NOT NULL REFERENCES funding_calls(id),
            organisation_id TEXT NOT NULL REFERENCES organisations(id), region_code TEXT NOT NULL,
            departement_code TEXT NOT NULL, status TEXT NOT NULL, version INTEGER NOT NULL, content TEXT NOT NULL,
            number TEXT UNIQUE, submissions INTEGER NOT NULL, submitted_at TEXT, title TEXT NOT NULL, siret TEXT,
            tags TEXT NOT NULL, requested_cents BIGINT NOT NULL, expected_people INTEGER, starts_on TEXT,
            fy_end TEXT NOT NULL, marks TEXT, score INTEGER, opinion TEXT, scored_at TEXT,
            committee_id TEXT REFERENCES funding_committees(id), granted_years TEXT, granted_cents BIGINT,
            refusal_reason TEXT, decided_on TEXT, override_reason TEXT, convention_required BOOLEAN,
            convention_signed_on TEXT, convention_reference TEXT, people_served INTEGER,
            created_at TEXT NOT NULL, updated_at TEXT NOT NULL)
        """,
        "CREATE INDEX funding_applications_call ON funding_applications (call_id, status)",
        "CREATE INDEX funding_applications_organisation ON funding_applications (organisation_id)",
        "CREATE INDEX funding_applications_siret ON funding_applications (siret)",
        "CREATE INDEX funding_applications_territory ON funding_applications (departement_code, status)",
        """
        CREATE TABLE funding_submissions (
            id TEXT PRIMARY KEY, application_id TEXT NOT NULL REFERENCES funding_applications(id),
            version INTEGER NOT NULL, number TEXT NOT NULL, content TEXT NOT NULL, submitted_at TEXT NOT NULL,
            account_id TEXT REFERENCES accounts(id), UNIQUE (application_id, version))
        """,
        "CREATE TABLE funding_counters (name TEXT PRIMARY KEY, value INTEGER NOT NULL)",
        """
        CREATE TABLE funding_commitments (
            id TEXT PRIMARY KEY, application_id TEXT NOT NULL UNIQUE REFERENCES funding_applications(id),
            line_id TEXT NOT NULL REFERENCES funding_lines(id), legal_number TEXT NOT NULL UNIQUE,
            legal_act TEXT NOT NULL, amount_cents BIGINT NOT NULL, committed_on TEXT NOT NULL,
            account_id TEXT REFERENCES accounts(id), created_at TEXT NOT NULL)
        """,
        "CREATE INDEX funding_commitments_line ON funding_commitments (line_id)",
        """
        CREATE TABLE funding_payments (
            id TEXT PRIMARY KEY, commitment_id TEXT NOT NULL REFERENCES funding_commitments(id),
            application_id TEXT NOT NULL REFERENCES funding_applications(id),
            line_id TEXT NOT NULL REFERENCES funding_lines(id), kind TEXT NOT NULL, plan_year INTEGER NOT NULL,
            amount_cents BIGINT NOT NULL, paid_on TEXT NOT NULL, request_number TEXT,
            account_id TEXT REFERENCES accounts(id), created_at TEXT NOT NULL)
        """,
        "CREATE INDEX funding_payments_commitment ON funding_payments (commitment_id)",
        "CREATE INDEX funding_payments_line ON funding_payments (line_id)",
        """
        CREATE TABLE funding_reports (
            id TEXT PRIMARY KEY, application_id TEXT NOT NULL REFERENCES funding_applications(id),
            plan_year INTEGER NOT NULL, fy_start TEXT NOT NULL, fy_end TEXT NOT NULL, due_on TEXT NOT NULL,
            status TEXT NOT NULL, content TEXT NOT NULL, charges_cents BIGINT NOT NULL, products_cents BIGINT NOT NULL,
            people_served INTEGER NOT NULL, filed_at TEXT NOT NULL, account_id TEXT REFERENCES accounts(id),
            reviewed_at TEXT, review_note TEXT, UNIQUE (application_id, plan_year))
        """,
    ]
)

/// A small store of uploaded documents (PDF, PNG, JPEG), usable by any domain: each file's metadata and owner, and its
/// bytes once per SHA-256, in the database so that a backup of the database is a backup of the documents
/// (docs/adr/0016-documents-stored-in-the-database.md).
let m041Documents = Migration(41, "documents") { sql, kind in
    let blob = kind == .postgres ? "BYTEA" : "BLOB"
    for statement in [
        "CREATE TABLE document_contents (sha256 TEXT PRIMARY KEY, bytes \(blob) NOT NULL)",
        """
        CREATE TABLE documents (
            id TEXT PRIMARY KEY, sha256 TEXT NOT NULL REFERENCES document_contents(sha256), media_type TEXT NOT NULL,
            byte_count INTEGER NOT NULL, file_name TEXT NOT NULL, kind TEXT NOT NULL, owner_type TEXT NOT NULL,
            owner_id TEXT NOT NULL, organisation_id TEXT NOT NULL REFERENCES organisations(id),
            account_id TEXT REFERENCES accounts(id), uploaded_at TEXT NOT NULL)
        """,
        "CREATE INDEX documents_owner ON documents (owner_type, owner_id)",
    ] {
        try await sql.raw("\(unsafeRaw: statement)").run()
    }
}
