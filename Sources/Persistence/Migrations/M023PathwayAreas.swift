import SQLKit

/// The household's département and operator on CIR records and civic exams, with the indexes the pathway
/// indicators read (`PathwayAreas`); and the index that finds the records merged into a household's members
/// (opening a household file scanned every person for them: 8 ms became 27 ms at national scale).
let m023PathwayAreas = Migration(23, "pathway_areas") { sql, _ in
    for statement in [
        "ALTER TABLE cir_records ADD COLUMN departement_code TEXT",
        "ALTER TABLE cir_records ADD COLUMN operator_organisation_id TEXT",
        "ALTER TABLE civic_exams ADD COLUMN departement_code TEXT",
        "ALTER TABLE civic_exams ADD COLUMN operator_organisation_id TEXT",
        """
        CREATE INDEX cir_records_area_finished
        ON cir_records (departement_code, training_finished_on, operator_organisation_id, final_level)
        """,
        """
        CREATE INDEX cir_records_finished_area
        ON cir_records (training_finished_on, departement_code, operator_organisation_id, final_level)
        """,
        """
        CREATE INDEX civic_exams_area_taken
        ON civic_exams (departement_code, taken_on, operator_organisation_id, score, fraud)
        """,
        """
        CREATE INDEX civic_exams_taken_area
        ON civic_exams (taken_on, departement_code, operator_organisation_id, score, fraud)
        """,
        // With statistics saying every merged_into is NULL, the planner judged the full index useless and scanned
        // persons; an index of the merged records alone is the one it takes.
        "DROP INDEX persons_merged_into",
        "CREATE INDEX persons_merged ON persons (merged_into) WHERE merged_into IS NOT NULL",
    ] {
        try await sql.raw("\(unsafeRaw: statement)").run()
    }
    // The areas of the rows already there, as `PathwayAreas` computed them when this migration was written.
    for table in ["cir_records", "civic_exams"] {
        try await sql.raw(
            """
            UPDATE \(unsafeRaw: table) SET
                departement_code = (SELECT h.departement_code FROM persons p JOIN households h
                    ON h.id = p.household_id WHERE p.id = \(unsafeRaw: table).person_id),
                operator_organisation_id = (SELECT h.operator_organisation_id FROM persons p JOIN households h
                    ON h.id = p.household_id WHERE p.id = \(unsafeRaw: table).person_id)
            """
        ).run()
    }
}
