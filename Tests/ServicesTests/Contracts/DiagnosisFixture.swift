import Domain
import Persistence
import Services

/// A hand-made data set for the territorial diagnosis of Villeurbanne (69266) and Vaulx-en-Velin (69256) on
/// 27 November 2026, every expected count worked out in `ContractDiagnosisTests`.
///
/// In support (welcomed, not left): H1 (Villeurbanne, lives in QPV Monod – Baratin – Cacard QN06901M), H2 (Vaulx,
/// no QPV), H5 (Villeurbanne, recorded in QPV Grande Île QN06916M, which is in Vaulx: it does not count), H4 (Lyon:
/// outside the territory). Left: H3 (Vaulx, 1 November 2026, positive), H6 (Villeurbanne, 27 November 2025: one day
/// before the twelve months), H7 (Vaulx, 28 November 2025, not positive). H8 (Villeurbanne) referred only.
enum DiagnosisFixture {
    struct Household {
        let id: String
        let commune: String
        let welcome: String?
        let births: [Int]
        let exit: (date: String, housing: String, activity: String, positive: Bool)?
    }

    static let households: [Household] = [
        .init(id: "H1", commune: "69266", welcome: "2026-01-20", births: [1990, 1992, 2015], exit: nil),
        .init(id: "H2", commune: "69256", welcome: "2026-02-11", births: [1985], exit: nil),
        .init(
            id: "H3",
            commune: "69256",
            welcome: "2026-03-31",
            births: [1988],
            exit: ("2026-11-01", "social_rental_lease", "cdi", true)
        ),
        .init(id: "H4", commune: "69123", welcome: "2026-01-04", births: [1979], exit: nil),
        .init(id: "H5", commune: "69266", welcome: "2026-04-05", births: [1979], exit: nil),
        .init(
            id: "H6",
            commune: "69266",
            welcome: "2025-01-10",
            births: [1980],
            exit: ("2025-11-27", "hotel", "cdd:3", false)
        ),
        .init(
            id: "H7",
            commune: "69256",
            welcome: "2025-01-10",
            births: [1981],
            exit: ("2025-11-28", "hotel", "cdd:3", false)
        ),
        .init(id: "H8", commune: "69266", welcome: nil, births: [1995], exit: nil),
    ]

    /// Writes the data set with an operator, a caseworker and a training provider of the Rhône.
    static func load(_ environment: ServiceEnvironment) async throws {
        var rows = SeedRows()
        let created = "2026-01-01T08:00:00Z"
        rows.organisations.append([
            .text("op69"), .text("Opérateur 69"), .text("operateur_agir"), .null, .null, .text("69"), .boolean(true),
            .text(created),
        ])
        rows.accounts.append([
            .text("cw69"), .text("op69"), .text("cw69@exemple.fr"), .text("Référent 69"), .text("referent"),
            .text("dep:69"), .text("x"), .boolean(true), .text(created),
        ])
        for household in households {
            let stage = household.exit != nil ? "sortie" : household.welcome != nil ? "accompagnement" : "orientation"
            rows.households.append([
                .text(household.id), .text("69"), .text(household.commune), .text("op69"), .text("cw69"), .text(stage),
                .text(created), .optional(household.welcome), .optional(household.welcome), .null,
                .text(household.id.lowercased()), .null, .text("2025-01-01"), .optional(household.exit?.date), .null,
            ])
            for (index, year) in household.births.enumerated() {
                rows.persons.append([
                    .text("\(household.id)-\(index)"), .text(household.id), .boolean(index == 0),
                    .text("PERSONNE \(household.id) \(index)"), .text(""), .integer(year), .null, .null, .text("F"),
                    .text("AF"), .null, .null, .null, .null, .null, .boolean(false), .null, .null, .text(created),
                    .null,
                ])
            }
            if let exit = household.exit {
                rows.exits.append([
                    .text(household.id), .text(exit.date), .text("objectives_reached"), .text(exit.housing),
                    .text(exit.activity), .boolean(exit.positive), .text("cw69"), .text(created),
                ])
            }
        }
        try await environment.database.write { sql in
            try await SeedWriter.write(rows, in: sql)
            try await ResidenceRecords.setQPV([("H1", "QN06901M"), ("H5", "QN06916M"), ("H3", "QN06916M")], in: sql)
            // H1-0 signed the CIR with 200 hours of French, H2-0 without training; the date is kept on the person.
            for (person, signed, hours) in [("H1-0", "2026-01-10", 200), ("H2-0", "2026-02-01", 0)] {
                try await sql.raw(
                    """
                    INSERT INTO cir_records (person_id, signed_on, language_hours, account_id, updated_at)
                    VALUES (\(bind: person), \(bind: signed), \(bind: hours), 'cw69', \(bind: created))
                    """
                ).run()
                try await sql.raw("UPDATE persons SET cir_signed_on = \(bind: signed) WHERE id = \(bind: person)").run()
            }
            // H1-0 assessed A1 in every skill; H1-1 certified A2 in the four skills.
            try await sql.raw(
                """
                INSERT INTO language_assessments (id, person_id, assessed_on, assessor, oral_comprehension,
                    written_comprehension, oral_expression, written_expression, account_id, created_at)
                VALUES ('E1', 'H1-0', '2026-02-01', 'OF', 'a1', 'a1', 'a1', 'a1', 'cw69', \(bind: created))
                """
            ).run()
            try await sql.raw(
                """
                INSERT INTO language_proofs (id, person_id, kind, proof_kind, obtained_on, oral_comprehension,
                    written_comprehension, oral_expression, written_expression, account_id, created_at)
                VALUES ('J1', 'H1-1', 'tcf_irn', 'certification', '2026-06-01', 'a2', 'a2', 'b1', 'a2', 'cw69',
                    \(bind: created))
                """
            ).run()
            // C1 in Villeurbanne, in QPV, not over: H1-0 enrolled, H2-0 waiting. C2 in Lyon (outside), C3 in Vaulx
            // over since October.
            for (id, commune, qpv, seats, end) in [
                ("C1", "69266", "QN06901M", 12, "2027-01-31"), ("C2", "69123", nil, 10, "2027-01-31"),
                ("C3", "69256", nil, 15, "2026-10-31"),
            ] {
                try await sql.raw(
                    """
                    INSERT INTO courses (id, organisation_id, departement_code, title, target_level, hours, slot,
                        schedule, commune_code, qpv_code, seats, starts_on, ends_on, job_oriented, account_id, created_at)
                    VALUES (\(bind: id), 'op69', '69', 'Français', 'a2', 100, 'journee', '', \(bind: commune),
                        \(bind: qpv), \(bind: seats), '2026-06-01', \(bind: end), \(bind: false), 'cw69', \(bind: created))
                    """
                ).run()
            }
            for (id, person, status) in [("I1", "H1-0", "inscrit"), ("I2", "H2-0", "attente")] {
                try await sql.raw(
                    """
                    INSERT INTO course_enrolments (id, course_id, person_id, status, requested_on, attended_hours,
                        account_id, created_at, updated_at)
                    VALUES (\(bind: id), 'C1', \(bind: person), \(bind: status), '2026-09-01', 0, 'cw69',
                        \(bind: created), \(bind: created))
                    """
                ).run()
            }
        }
    }
}
