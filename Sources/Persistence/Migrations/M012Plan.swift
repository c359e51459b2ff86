/// The support plan: goals per domain (for the household or one member) and their actions.
let m012Plan = Migration(
    12,
    "plan_goals_actions",
    statements: [
        """
        CREATE TABLE plan_goals (
            id TEXT PRIMARY KEY, household_id TEXT NOT NULL REFERENCES households(id), domain TEXT NOT NULL,
            person_id TEXT REFERENCES persons(id), title TEXT NOT NULL, account_id TEXT NOT NULL REFERENCES accounts(id),
            created_at TEXT NOT NULL)
        """,
        "CREATE INDEX plan_goals_household ON plan_goals (household_id)",
        """
        CREATE TABLE plan_actions (
            id TEXT PRIMARY KEY, goal_id TEXT NOT NULL REFERENCES plan_goals(id),
            household_id TEXT NOT NULL REFERENCES households(id), description TEXT NOT NULL, actor TEXT NOT NULL,
            partner_organisation_id TEXT REFERENCES organisations(id), due_on TEXT, status TEXT NOT NULL,
            outcome TEXT NOT NULL, updated_at TEXT NOT NULL)
        """,
        "CREATE INDEX plan_actions_household ON plan_actions (household_id, status, due_on)",
    ]
)
