/// Territorial contracts (CTAI, contrats de ville counted as CTAI, PTAI): départements and communes, signatories,
/// axes, actions with the QPV they serve, yearly funding lines in cents, indicators with yearly targets and results,
/// reviews with their decisions and follow-ups, and the dated snapshots of the shared diagnosis.
let m050TerritorialContracts = Migration(
    50,
    "territorial_contracts",
    statements: [
        """
        CREATE TABLE territorial_contracts (
            id TEXT PRIMARY KEY, kind TEXT NOT NULL, title TEXT NOT NULL, status TEXT NOT NULL,
            departement_code TEXT NOT NULL REFERENCES departements(code),
            region_code TEXT NOT NULL REFERENCES regions(code),
            prefecture_organisation_id TEXT REFERENCES organisations(id), prefect TEXT NOT NULL,
            starts_on TEXT NOT NULL, ends_on TEXT NOT NULL, signed_on TEXT, started_on TEXT, ended_on TEXT,
            analysis TEXT NOT NULL, account_id TEXT REFERENCES accounts(id), created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL)
        """,
        "CREATE INDEX territorial_contracts_region ON territorial_contracts (region_code, status)",
        "CREATE INDEX territorial_contracts_status ON territorial_contracts (status, signed_on)",
        """
        CREATE TABLE contract_departements (
            contract_id TEXT NOT NULL REFERENCES territorial_contracts(id),
            departement_code TEXT NOT NULL REFERENCES departements(code), PRIMARY KEY (contract_id, departement_code))
        """,
        "CREATE INDEX contract_departements_departement ON contract_departements (departement_code, contract_id)",
        """
        CREATE TABLE contract_communes (
            contract_id TEXT NOT NULL REFERENCES territorial_contracts(id),
            commune_code TEXT NOT NULL REFERENCES communes(code), PRIMARY KEY (contract_id, commune_code))
        """,
        "CREATE INDEX contract_communes_commune ON contract_communes (commune_code, contract_id)",
        """
        CREATE TABLE contract_signatories (
            id TEXT PRIMARY KEY, contract_id TEXT NOT NULL REFERENCES territorial_contracts(id),
            position INTEGER NOT NULL, kind TEXT NOT NULL, authority_kind TEXT, name TEXT NOT NULL, siren TEXT,
            signer TEXT NOT NULL, organisation_id TEXT REFERENCES organisations(id), created_at TEXT NOT NULL)
        """,
        "CREATE INDEX contract_signatories_contract ON contract_signatories (contract_id, position)",
        "CREATE INDEX contract_signatories_organisation ON contract_signatories (organisation_id)",
        """
        CREATE TABLE contract_axes (
            id TEXT PRIMARY KEY, contract_id TEXT NOT NULL REFERENCES territorial_contracts(id),
            position INTEGER NOT NULL, domain TEXT NOT NULL, title TEXT NOT NULL, created_at TEXT NOT NULL)
        """,
        "CREATE INDEX contract_axes_contract ON contract_axes (contract_id, position)",
        """
        CREATE TABLE contract_actions (
            id TEXT PRIMARY KEY, contract_id TEXT NOT NULL REFERENCES territorial_contracts(id),
            axis_id TEXT NOT NULL REFERENCES contract_axes(id), position INTEGER NOT NULL, title TEXT NOT NULL,
            lead_organisation_id TEXT REFERENCES organisations(id), lead_name TEXT NOT NULL, partners TEXT NOT NULL,
            audience TEXT NOT NULL, starts_on TEXT NOT NULL, ends_on TEXT NOT NULL,
            account_id TEXT REFERENCES accounts(id), created_at TEXT NOT NULL)
        """,
        "CREATE INDEX contract_actions_contract ON contract_actions (contract_id, position)",
        "CREATE INDEX contract_actions_lead ON contract_actions (lead_organisation_id)",
        """
        CREATE TABLE contract_action_qpv (
            action_id TEXT NOT NULL REFERENCES contract_actions(id), qpv_code TEXT NOT NULL REFERENCES qpv(code),
            contract_id TEXT NOT NULL REFERENCES territorial_contracts(id), PRIMARY KEY (action_id, qpv_code))
        """,
        "CREATE INDEX contract_action_qpv_qpv ON contract_action_qpv (qpv_code, action_id)",
        "CREATE INDEX contract_action_qpv_contract ON contract_action_qpv (contract_id)",
        """
        CREATE TABLE contract_funding_lines (
            id TEXT PRIMARY KEY, action_id TEXT NOT NULL REFERENCES contract_actions(id),
            contract_id TEXT NOT NULL REFERENCES territorial_contracts(id), source TEXT NOT NULL,
            from_year INTEGER NOT NULL, to_year INTEGER NOT NULL, annual_cents BIGINT NOT NULL, grant_id TEXT,
            account_id TEXT REFERENCES accounts(id), created_at TEXT NOT NULL)
        """,
        "CREATE INDEX contract_funding_lines_action ON contract_funding_lines (action_id)",
        "CREATE INDEX contract_funding_lines_contract ON contract_funding_lines (contract_id)",
        """
        CREATE TABLE contract_indicators (
            id TEXT PRIMARY KEY, action_id TEXT NOT NULL REFERENCES contract_actions(id),
            contract_id TEXT NOT NULL REFERENCES territorial_contracts(id), position INTEGER NOT NULL,
            label TEXT NOT NULL, unit TEXT NOT NULL, created_at TEXT NOT NULL)
        """,
        "CREATE INDEX contract_indicators_action ON contract_indicators (action_id, position)",
        "CREATE INDEX contract_indicators_contract ON contract_indicators (contract_id)",
        """
        CREATE TABLE contract_indicator_figures (
            indicator_id TEXT NOT NULL REFERENCES contract_indicators(id), year INTEGER NOT NULL, target INTEGER,
            result INTEGER, target_account_id TEXT REFERENCES accounts(id),
            result_account_id TEXT REFERENCES accounts(id), updated_at TEXT NOT NULL, PRIMARY KEY (indicator_id, year))
        """,
        """
        CREATE TABLE contract_reviews (
            id TEXT PRIMARY KEY, contract_id TEXT NOT NULL REFERENCES territorial_contracts(id),
            held_on TEXT NOT NULL, participants TEXT NOT NULL, summary TEXT NOT NULL,
            account_id TEXT REFERENCES accounts(id), created_at TEXT NOT NULL)
        """,
        "CREATE INDEX contract_reviews_contract ON contract_reviews (contract_id, held_on)",
        """
        CREATE TABLE contract_snapshots (
            id TEXT PRIMARY KEY, contract_id TEXT NOT NULL REFERENCES territorial_contracts(id),
            occasion TEXT NOT NULL, review_id TEXT REFERENCES contract_reviews(id), taken_on TEXT NOT NULL,
            figures TEXT NOT NULL, analysis TEXT NOT NULL, created_at TEXT NOT NULL)
        """,
        "CREATE INDEX contract_snapshots_contract ON contract_snapshots (contract_id, taken_on)",
        """
        CREATE TABLE contract_decisions (
            id TEXT PRIMARY KEY, contract_id TEXT NOT NULL REFERENCES territorial_contracts(id),
            review_id TEXT NOT NULL REFERENCES contract_reviews(id), position INTEGER NOT NULL, text TEXT NOT NULL,
            owner TEXT NOT NULL,
            due_on TEXT NOT NULL, status TEXT NOT NULL, created_at TEXT NOT NULL, updated_at TEXT NOT NULL)
        """,
        "CREATE INDEX contract_decisions_contract ON contract_decisions (contract_id, status)",
        "CREATE INDEX contract_decisions_review ON contract_decisions (review_id)",
        """
        CREATE TABLE contract_decision_followups (
            id TEXT PRIMARY KEY, decision_id TEXT NOT NULL REFERENCES contract_decisions(id),
            review_id TEXT NOT NULL REFERENCES contract_reviews(id), status TEXT NOT NULL, note TEXT NOT NULL,
            account_id TEXT REFERENCES accounts(id), created_at TEXT NOT NULL)
        """,
        "CREATE INDEX contract_decision_followups_decision ON contract_decision_followups (decision_id, created_at)",
        "CREATE INDEX contract_decision_followups_review ON contract_decision_followups (review_id)",
    ]
)
