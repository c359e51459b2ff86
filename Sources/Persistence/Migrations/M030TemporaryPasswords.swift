/// Whether an account's password was set by someone else (generated at creation or reset by an administrator): such
/// a password must be replaced by its holder at the next sign-in.
let m030TemporaryPasswords = Migration(
    30,
    "temporary_passwords",
    statements: ["ALTER TABLE accounts ADD COLUMN password_temporary BOOLEAN NOT NULL DEFAULT FALSE"]
)
