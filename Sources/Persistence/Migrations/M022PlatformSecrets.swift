/// Secrets the platform generates once and every instance shares, such as the salt of the statistical extract's
/// pseudonyms (kept in the database so that a person keeps the same pseudonym from one week to the next).
let m022PlatformSecrets = Migration(
    22,
    "platform_secrets",
    statements: [
        "CREATE TABLE platform_secrets (name TEXT PRIMARY KEY, value TEXT NOT NULL, created_at TEXT NOT NULL)"
    ]
)
