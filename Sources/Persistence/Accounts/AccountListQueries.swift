import Domain
import SQLKit

/// An account as the administrator's list shows it: who, where, whether active, when it last signed in and whether
/// it has a second factor.
public struct AccountListRow: Sendable, Equatable {
    public let details: AccountDetails
    /// The instant of the last sign-in (from the audit log), nil when never.
    public let lastLogin: String?
    public let secondFactor: Bool
    /// When the holder asked for a new password ("Mot de passe oublié ?") and no reset or change followed.
    public let passwordRequested: String?
}

/// Reads the administrator's list of accounts.
public enum AccountListQueries {
    /// Every account whose name, e-mail or organisation contains `search` (any case; every account when empty), by
    /// organisation then name.
    public static func rows(search: String, in sql: any SQLDatabase) async throws -> [AccountListRow] {
        var query: SQLQueryString = """
            SELECT \(unsafeRaw: AccountRecords.detailColumns), a.totp_enabled_at,
                   (SELECT MAX(e.occurred_at) FROM audit_events e
                    WHERE e.account_email = a.email AND e.action = 'session.ouverture') AS last_login,
                   (SELECT MAX(e.occurred_at) FROM audit_events e
                    WHERE e.record_id = a.id AND e.action = 'compte.demande_reinitialisation') AS requested,
                   (SELECT MAX(e.occurred_at) FROM audit_events e
                    WHERE e.record_id = a.id AND e.action IN
                        ('compte.reinitialisation_mot_de_passe', 'compte.changement_mot_de_passe')) AS replaced
            FROM accounts a JOIN organisations o ON o.id = a.organisation_id
            """
        let needle = search.lowercased()
        if !needle.isEmpty {
            query =
                query + " WHERE " + LikePattern.contains("LOWER(a.display_name)", needle) + " OR "
                + LikePattern.contains("LOWER(a.email)", needle) + " OR "
                + LikePattern.contains("LOWER(o.name)", needle)
        }
        return try await sql.raw(query + " ORDER BY o.name, a.display_name").all().map { row in
            let requested = try row.decode(column: "requested", as: String?.self)
            let replaced = try row.decode(column: "replaced", as: String?.self)
            return AccountListRow(
                details: try AccountRecords.details(row),
                lastLogin: try row.decode(column: "last_login", as: String?.self),
                secondFactor: try row.decode(column: "totp_enabled_at", as: String?.self) != nil,
                // Instants are ISO text in UTC: their order is the text's.
                passwordRequested: requested.flatMap { request in replaced.map { $0 < request } ?? true ? request : nil
                }
            )
        }
    }
}
