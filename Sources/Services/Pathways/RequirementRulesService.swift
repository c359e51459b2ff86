import Domain
import Foundation
import Persistence
import SQLKit

/// The requirement rules as stored data: the catalogue the engine applies, its history, and the edits national
/// steering alone may make (each a new revision, audited, checked against overlapping periods).
public struct RequirementRulesService: Sendable {
    let environment: ServiceEnvironment

    public init(environment: ServiceEnvironment) { self.environment = environment }

    /// The rule sets in force, as the engine reads them.
    public func catalogue() async throws -> [RequirementRuleSet] {
        try await current().map(\.set)
    }

    /// The rule sets in force, inside the caller's read or transaction.
    static func catalogue(in sql: any SQLDatabase) async throws -> [RequirementRuleSet] {
        try await RequirementRuleRecords.current(in: sql).map(\.set)
    }

    /// The latest revision of each set.
    public func current() async throws -> [RuleRevision] {
        try await environment.database.read { try await RequirementRuleRecords.current(in: $0) }
    }

    /// Every revision, newest first.
    public func history(actor: AccountSummary) async throws -> [RuleRevision] {
        guard NationalSteeringOnly().admits(actor.role) else { throw DomainError.forbidden }
        return try await environment.database.read { try await RequirementRuleRecords.history(in: $0) }
    }

    /// Saves a new revision of an existing set.
    public func update(ruleSetID: String, input: RuleSetInput, actor: AccountSummary) async throws {
        try await save(ruleSetID: ruleSetID, input: input, actor: actor, isNew: false)
    }

    /// Adds a new set (the next law), as its first revision.
    public func create(input: RuleSetInput, actor: AccountSummary) async throws {
        try await save(ruleSetID: environment.ids.makeIdentifier(), input: input, actor: actor, isNew: true)
    }

    private func save(ruleSetID: String, input: RuleSetInput, actor: AccountSummary, isNew: Bool) async throws {
        guard NationalSteeringOnly().admits(actor.role) else { throw DomainError.forbidden }
        try await environment.database.write { sql in
            try await RequirementRuleRecords.lockForChange(in: sql)
            let sets = try await RequirementRuleRecords.current(in: sql)
            let existing = sets.first { $0.ruleSetID == ruleSetID }
            if !isNew, existing == nil { throw DomainError.notFound }
            var errors = FieldErrors()
            guard
                let (set, note) = input.validate(
                    others: sets.filter { $0.ruleSetID != ruleSetID }.map(\.set),
                    &errors
                )
            else { throw DomainError.invalid(errors) }
            try await RequirementRuleRecords.insert(
                ruleSetID: ruleSetID,
                revision: (existing?.revision ?? 0) + 1,
                set: set,
                note: note,
                accountID: actor.id,
                at: environment.time.now(),
                in: sql
            )
            try await environment.audit(
                .requirementRulesChanged,
                recordType: "regles",
                id: ruleSetID,
                before: existing.map { Self.summary($0.set) } ?? [:],
                after: Self.summary(set).merging(["motif": note]) { $1 },
                actor: actor,
                in: sql
            )
        }
    }

    /// The audited fields of a set: its name, dates and one line per title.
    static func summary(_ set: RequirementRuleSet) -> [String: String?] {
        var fields: [String: String?] = [
            "version": set.version, "debut": set.validFrom.iso, "fin": set.validUntil?.iso,
        ]
        for rule in set.rules {
            fields[rule.title.rawValue] =
                "niveau \(rule.requiredLevel?.frenchLabel ?? "aucun"), examen \(rule.civicExamRequired ? "oui" : "non")"
                + ", dispense BPI niveau \(rule.protectionExemptFromLevel ? "oui" : "non")"
                + ", dispense BPI examen \(rule.protectionExemptFromCivicExam ? "oui" : "non")"
                + ", renouvellement dispensé \(rule.renewalExempt ? "oui" : "non")"
        }
        return fields
    }
}
