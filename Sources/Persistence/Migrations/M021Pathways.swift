import Domain
import Foundation
import SQLKit

/// Pathways: each person's CIR, language assessments, certificates and diplomas, civic exams; training providers'
/// courses with enrolments, attendance and waiting lists; and the requirement rules as revisions, the built-in sets
/// as their first revision.
let m021Pathways = Migration(21, "pathways") { sql, _ in
    let statements = [
        """
        CREATE TABLE cir_records (
            person_id TEXT PRIMARY KEY REFERENCES persons(id), signed_on TEXT NOT NULL, ofii_direction TEXT,
            civic_session_1 TEXT, civic_session_2 TEXT, civic_session_3 TEXT, civic_session_4 TEXT,
            positioning_level TEXT, language_hours INTEGER, training_finished_on TEXT, final_level TEXT,
            end_interview_on TEXT, employment_orientation_on TEXT, account_id TEXT NOT NULL REFERENCES accounts(id),
            updated_at TEXT NOT NULL)
        """,
        "CREATE INDEX cir_records_finished ON cir_records (training_finished_on)",
        """
        CREATE TABLE language_assessments (
            id TEXT PRIMARY KEY, person_id TEXT NOT NULL REFERENCES persons(id), assessed_on TEXT NOT NULL,
            assessor TEXT NOT NULL, oral_comprehension TEXT, written_comprehension TEXT, oral_expression TEXT,
            written_expression TEXT, account_id TEXT NOT NULL REFERENCES accounts(id), created_at TEXT NOT NULL)
        """,
        "CREATE INDEX language_assessments_person ON language_assessments (person_id, assessed_on)",
        """
        CREATE TABLE language_proofs (
            id TEXT PRIMARY KEY, person_id TEXT NOT NULL REFERENCES persons(id), kind TEXT NOT NULL,
            proof_kind TEXT NOT NULL, obtained_on TEXT NOT NULL, reference TEXT, oral_comprehension TEXT,
            written_comprehension TEXT, oral_expression TEXT, written_expression TEXT,
            account_id TEXT NOT NULL REFERENCES accounts(id), created_at TEXT NOT NULL)
        """,
        "CREATE INDEX language_proofs_person ON language_proofs (person_id, obtained_on)",
        """
        CREATE TABLE civic_exams (
            id TEXT PRIMARY KEY, person_id TEXT NOT NULL REFERENCES persons(id), version TEXT NOT NULL,
            taken_on TEXT NOT NULL, score INTEGER NOT NULL, centre TEXT NOT NULL, fraud BOOLEAN NOT NULL,
            account_id TEXT NOT NULL REFERENCES accounts(id), created_at TEXT NOT NULL)
        """,
        "CREATE INDEX civic_exams_person ON civic_exams (person_id, taken_on)",
        """
        CREATE TABLE courses (
            id TEXT PRIMARY KEY, organisation_id TEXT NOT NULL REFERENCES organisations(id),
            departement_code TEXT NOT NULL REFERENCES departements(code), title TEXT NOT NULL,
            target_level TEXT NOT NULL, hours INTEGER NOT NULL, slot TEXT NOT NULL, schedule TEXT NOT NULL,
            commune_code TEXT NOT NULL, qpv_code TEXT, seats INTEGER NOT NULL, starts_on TEXT NOT NULL,
            ends_on TEXT NOT NULL, job_oriented BOOLEAN NOT NULL, account_id TEXT NOT NULL REFERENCES accounts(id),
            created_at TEXT NOT NULL)
        """,
        "CREATE INDEX courses_departement ON courses (departement_code, ends_on)",
        "CREATE INDEX courses_organisation ON courses (organisation_id, starts_on)",
        """
        CREATE TABLE course_enrolments (
            id TEXT PRIMARY KEY, course_id TEXT NOT NULL REFERENCES courses(id),
            person_id TEXT NOT NULL REFERENCES persons(id), status TEXT NOT NULL, requested_on TEXT NOT NULL,
            attended_hours INTEGER NOT NULL, result_level TEXT, account_id TEXT NOT NULL REFERENCES accounts(id),
            created_at TEXT NOT NULL, updated_at TEXT NOT NULL, UNIQUE (course_id, person_id))
        """,
        "CREATE INDEX course_enrolments_person ON course_enrolments (person_id)",
        """
        CREATE TABLE requirement_rule_revisions (
            rule_set_id TEXT NOT NULL, revision INTEGER NOT NULL, version TEXT NOT NULL, valid_from TEXT NOT NULL,
            valid_until TEXT, rules TEXT NOT NULL, note TEXT NOT NULL, account_id TEXT REFERENCES accounts(id),
            created_at TEXT NOT NULL, PRIMARY KEY (rule_set_id, revision))
        """,
    ]
    for statement in statements {
        try await sql.raw("\(unsafeRaw: statement)").run()
    }
    let seeded: [(id: String, set: RequirementRuleSet)] = [
        ("avant-2026", RequirementCatalogue.before2026), ("loi-2024-42", RequirementCatalogue.from2026),
    ]
    for (id, set) in seeded {
        try await RequirementRuleRecords.insert(
            ruleSetID: id,
            revision: 1,
            set: set,
            note: "Jeu fourni avec Parcours (DESIGN §4, docs/rules.md).",
            accountID: nil,
            at: Date(timeIntervalSince1970: 0),
            in: sql
        )
    }
}
