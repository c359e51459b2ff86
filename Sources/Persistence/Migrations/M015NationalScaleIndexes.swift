/// Indexes the national-scale benchmark showed missing: a household's referral, and duplicate search within a
/// département (name keys carry their département, so that a common name is looked up among its own people only).
let m015NationalScaleIndexes = Migration(
    15,
    "national_scale_indexes",
    statements: [
        "CREATE INDEX referrals_household ON referrals (household_id)",
        "ALTER TABLE person_name_keys ADD COLUMN departement_code TEXT",
        """
        UPDATE person_name_keys SET departement_code = (
            SELECT h.departement_code FROM persons p JOIN households h ON h.id = p.household_id
            WHERE p.id = person_name_keys.person_id)
        """,
        "CREATE INDEX person_name_keys_departement ON person_name_keys (departement_code, name_key, person_id)",
    ]
)
