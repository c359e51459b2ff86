/// Each audit event names the HTTP request that wrote it (`X-Request-Id`), to go from an event to the request's log
/// lines; events written before, or outside a request (commands, jobs), have none.
let m097AuditRequestID = Migration(
    97,
    "audit_request_id",
    statements: ["ALTER TABLE audit_events ADD COLUMN request_id TEXT"]
)
