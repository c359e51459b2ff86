/// What the live indicators read on every dashboard, kept where one indexed pass finds it: a household's exit date,
/// a person's France Travail registration date, and the person and household indexes that cover those passes.
let m019IndicatorColumns = Migration(
    19,
    "indicator_columns",
    statements: [
        "ALTER TABLE households ADD COLUMN exit_on TEXT",
        "UPDATE households SET exit_on = (SELECT e.exit_on FROM exits e WHERE e.household_id = households.id)",
        "ALTER TABLE persons ADD COLUMN france_travail_on TEXT",
        // Without an index on the person, the backfill below would scan every milestone for every person.
        "CREATE INDEX milestones_person ON milestones (person_id, kind, value, occurred_on)",
        """
        UPDATE persons SET france_travail_on = (
            SELECT MIN(m.occurred_on) FROM milestones m
            WHERE m.person_id = persons.id AND m.kind = 'right' AND m.value = 'france_travail')
        WHERE id IN (SELECT person_id FROM milestones WHERE kind = 'right' AND value = 'france_travail')
        """,
        "CREATE INDEX persons_merged_into ON persons (merged_into)",
        """
        CREATE INDEX persons_indicator_counts
        ON persons (household_id, merged_into, birth_year, france_travail_on)
        """,
        """
        CREATE INDEX households_in_support
        ON households (welcome_interview_on, exit_on, departement_code, operator_organisation_id)
        """,
    ]
)
