/// Members beyond the reference person: their relation to it, and when joining relatives arrived.
let m011HouseholdMembers = Migration(
    11,
    "household_members",
    statements: [
        "ALTER TABLE persons ADD COLUMN relation TEXT",
        "ALTER TABLE persons ADD COLUMN arrived_on TEXT",
    ]
)
