/// Scheduled work: one row per named job, holding the lease that lets exactly one instance run it and the instant of
/// its next run (docs/jobs.md).
let m060JobLeases = Migration(
    60,
    "job_leases",
    statements: [
        """
        CREATE TABLE job_leases (
            name TEXT PRIMARY KEY, holder TEXT, expires_at TEXT, next_run_at TEXT NOT NULL, last_started_at TEXT,
            last_finished_at TEXT, last_error TEXT)
        """
    ]
)
