/// Login failures become counted attempts: each has an id (an attempt is counted before its password is checked,
/// and forgotten if it succeeds), and a success clears the account's count without lowering the address's.
let m025LoginAttempts = Migration(
    25,
    "login_attempts",
    statements: [
        "ALTER TABLE login_failures ADD COLUMN id TEXT",
        "ALTER TABLE login_failures ADD COLUMN account_cleared BOOLEAN NOT NULL DEFAULT FALSE",
        "CREATE INDEX login_failures_id ON login_failures (id)",
    ]
)
