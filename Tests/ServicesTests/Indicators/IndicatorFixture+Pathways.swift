import Domain
import Persistence
import SQLKit
import Services

/// The pathway part of the hand-made data set. Adults in support in the Rhône on 27 November 2026: H1-0, H1-1, H4-0.
extension IndicatorFixture {
    /// CIR language trainings: (person, finished on, level reached).
    static let trainings: [(String, String, String)] = [
        ("H1-0", "2026-05-01", "a1"),  // finished in 2026, A1 reached
        ("H1-1", "2026-06-01", "a1_1"),  // finished in 2026, A1 not reached
        ("H2-0", "2026-07-01", "a2"),  // finished in 2026 (the household left since), A1 reached
        ("H4-0", "2025-12-20", "a1"),  // finished in 2025: outside the period
    ]

    /// Certificates and diplomas: (id, person, kind, proof kind, date, levels OC, WC, OE, WE).
    static let proofs: [(String, String, String, String, String, [String])] = [
        // A2 everywhere and B1 in three skills: A2, not B1.
        ("P1", "H1-0", "tcf_irn", "certification", "2026-03-01", ["b1", "b1", "b1", "a2"]),
        // Two years old minus one day on 27 November 2026: still counts, B1 everywhere.
        ("P2", "H1-1", "tef_irn", "certification", "2024-11-28", ["b1", "b1", "b1", "b1"]),
        // Exactly two years old on 27 November 2026: no longer counts.
        ("P3", "H4-0", "tcf_irn", "certification", "2024-11-27", ["a2", "a2", "a2", "a2"]),
    ]

    /// Civic exam sessions: (id, person, date, score, fraud).
    static let exams: [(String, String, String, Int, Bool)] = [
        ("X1", "H1-0", "2026-04-01", 32, false),  // passed at the pass mark
        ("X2", "H1-1", "2026-04-01", 31, false),  // one short
        ("X3", "H4-0", "2026-05-01", 35, true),  // cancelled for fraud
        ("X4", "H1-0", "2025-12-01", 20, false),  // outside the period
    ]

    /// Writes the pathway part, after `load`.
    static func loadPathways(_ environment: ServiceEnvironment) async throws {
        let created = "2026-01-01T08:00:00Z"
        try await environment.database.write { sql in
            for (person, finished, level) in trainings {
                try await sql.raw(
                    """
                    INSERT INTO cir_records (person_id, signed_on, language_hours, training_finished_on, final_level,
                        account_id, updated_at)
                    VALUES (\(bind: person), '2025-06-01', 200, \(bind: finished), \(bind: level), 'cw69',
                        \(bind: created))
                    """
                ).run()
            }
            for (id, person, kind, proofKind, date, levels) in proofs {
                try await sql.raw(
                    """
                    INSERT INTO language_proofs (id, person_id, kind, proof_kind, obtained_on, oral_comprehension,
                        written_comprehension, oral_expression, written_expression, account_id, created_at)
                    VALUES (\(bind: id), \(bind: person), \(bind: kind), \(bind: proofKind), \(bind: date),
                        \(bind: levels[0]), \(bind: levels[1]), \(bind: levels[2]), \(bind: levels[3]), 'cw69',
                        \(bind: created))
                    """
                ).run()
            }
            for (id, person, date, score, fraud) in exams {
                try await sql.raw(
                    """
                    INSERT INTO civic_exams (id, person_id, version, taken_on, score, centre, fraud, account_id,
                        created_at)
                    VALUES (\(bind: id), \(bind: person), 'csp', \(bind: date), \(bind: score), 'CCI Lyon',
                        \(bind: fraud), 'cw69', \(bind: created))
                    """
                ).run()
            }
            try await PathwayAreas.place(persons: nil, in: sql)
            // A course running on 27 November (10 seats) and one over since October (20 seats).
            for (id, seats, start, end) in [
                ("C1", 10, "2026-11-01", "2027-01-31"), ("C2", 20, "2026-06-01", "2026-10-31"),
            ] {
                try await sql.raw(
                    """
                    INSERT INTO courses (id, organisation_id, departement_code, title, target_level, hours, slot,
                        schedule, commune_code, seats, starts_on, ends_on, job_oriented, account_id, created_at)
                    VALUES (\(bind: id), 'op69', '69', 'Français', 'a2', 100, 'journee', '', '69123', \(bind: seats),
                        \(bind: start), \(bind: end), \(bind: false), 'cw69', \(bind: created))
                    """
                ).run()
            }
        }
    }
}
