import Domain
import Foundation
import SQLKit

/// A stored revision of a requirement rule set: who changed it, when and why.
public struct RuleRevision: Sendable, Equatable {
    public let ruleSetID: String
    public let revision: Int
    public let set: RequirementRuleSet
    public let note: String
    public let authorName: String?
    public let createdAt: Date
}

/// SQL for the requirement rules: every edit is a new revision; the catalogue is the latest revision of each set.
public enum RequirementRuleRecords {
    /// Makes rule changes take turns until the end of the transaction (PostgreSQL): a new revision is numbered and
    /// checked against every other set in force, so the whole table decides.
    public static func lockForChange(in sql: any SQLDatabase) async throws {
        guard sql.locksRows else { return }
        try await sql.raw("LOCK TABLE requirement_rule_revisions IN SHARE ROW EXCLUSIVE MODE").run()
    }

    /// Appends a revision.
    public static func insert(
        ruleSetID: String,
        revision: Int,
        set: RequirementRuleSet,
        note: String,
        accountID: String?,
        at now: Date,
        in sql: any SQLDatabase
    ) async throws {
        let rules = String(decoding: try RequirementCatalogue.encode([set]), as: UTF8.self)
        try await sql.raw(
            """
            INSERT INTO requirement_rule_revisions
                (rule_set_id, revision, version, valid_from, valid_until, rules, note, account_id, created_at)
            VALUES (\(bind: ruleSetID), \(bind: revision), \(bind: set.version), \(bind: set.validFrom.iso),
                    \(bind: set.validUntil?.iso), \(bind: rules), \(bind: note), \(bind: accountID),
                    \(bind: Timestamp.format(now)))
            """
        ).run()
    }

    /// Every revision, newest first, with its author's name.
    public static func history(in sql: any SQLDatabase) async throws -> [RuleRevision] {
        try await sql.raw(
            """
            SELECT r.rule_set_id, r.revision, r.rules, r.note, r.created_at, a.display_name
            FROM requirement_rule_revisions r LEFT JOIN accounts a ON a.id = r.account_id
            ORDER BY r.created_at DESC, r.rule_set_id, r.revision DESC
            """
        ).all().compactMap { row in
            guard
                let set = try RequirementCatalogue.decode(
                    json: Data(try row.decode(column: "rules", as: String.self).utf8)
                ).first,
                let created = Timestamp.parse(try row.decode(column: "created_at", as: String.self))
            else { return nil }
            return RuleRevision(
                ruleSetID: try row.decode(column: "rule_set_id", as: String.self),
                revision: try row.decode(column: "revision", as: Int.self),
                set: set,
                note: try row.decode(column: "note", as: String.self),
                authorName: try row.decode(column: "display_name", as: String?.self),
                createdAt: created
            )
        }
    }

    /// The latest revision of each set, oldest period first.
    public static func current(in sql: any SQLDatabase) async throws -> [RuleRevision] {
        let all = try await history(in: sql)
        var latest: [String: RuleRevision] = [:]
        for revision in all where (latest[revision.ruleSetID]?.revision ?? 0) < revision.revision {
            latest[revision.ruleSetID] = revision
        }
        return latest.values.sorted { $0.set.validFrom < $1.set.validFrom }
    }
}
