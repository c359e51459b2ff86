import Foundation
import SQLKit

/// Password requests, as the audit log keeps them.
public enum PasswordRecoveryRecords {
    /// The action code of a request (`AuditAction.passwordResetRequested`).
    public static let requestAction = "compte.demande_reinitialisation"

    /// When the account last asked for a new password, if ever.
    public static func lastRequest(accountID: String, in sql: any SQLDatabase) async throws -> Date? {
        try await sql.raw(
            """
            SELECT MAX(occurred_at) AS last FROM audit_events
            WHERE action = \(bind: requestAction) AND record_id = \(bind: accountID)
            """
        ).first()?.decode(column: "last", as: String?.self).flatMap(Timestamp.parse)
    }
}
