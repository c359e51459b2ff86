import Domain
import Foundation
import Persistence
import SQLKit

/// A member's details and residence titles, and the explicit, audited, reversible merge of two records of the same
/// person. Only the household's caseworker and the operator's managers write.
public struct PersonDetailsService: Sendable {
    let environment: ServiceEnvironment

    public init(environment: ServiceEnvironment) { self.environment = environment }

    /// Replaces a member's languages, contact, CIR direction and identifiers.
    public func save(
        householdID: String,
        personID: String,
        input: PersonDetailsInput,
        actor: AccountSummary
    )
        async throws
    {
        var parsed = FieldErrors()
        let valid = input.validate(&parsed)
        let parseErrors = parsed
        try await environment.database.write { sql in
            _ = try await WritableHousehold.lock(householdID, actor: actor, in: sql)
            try await Self.requireMember(personID, of: householdID, in: sql)
            guard let valid else { throw DomainError.invalid(parseErrors) }
            try await PersonDetailRecords.save(valid, personID: personID, in: sql)
            try await environment.audit(
                .personDetailsUpdated,
                recordType: "personne",
                id: personID,
                before: [:],
                after: [
                    "langues": valid.languages, "telephone": valid.phone, "courriel": valid.email,
                    "direction_ofii": valid.ofiiDirection, "ofpra": valid.ofpraNumber, "caf": valid.cafNumber,
                    "france_travail": valid.franceTravailID, "securite_sociale": valid.socialSecurityNumber,
                ],
                personalFields: ["telephone", "courriel", "ofpra", "caf", "france_travail", "securite_sociale"],
                actor: actor,
                in: sql
            )
        }
    }

    /// Adds a residence title held from `from` (to `to`, when it has an end): it starts at most a year ahead, and ends
    /// after it starts and within fifteen years.
    public func addTitle(
        householdID: String,
        personID: String,
        kind: String,
        from: String,
        to: String,
        actor: AccountSummary
    ) async throws {
        let id = environment.ids.makeIdentifier()
        try await environment.database.write { sql in
            let household = try await WritableHousehold.lock(householdID, actor: actor, in: sql)
            try await Self.requireMember(personID, of: householdID, in: sql)
            let today = environment.time.today(inDepartement: household.departement)
            var errors = FieldErrors()
            let titleKind = ResidenceTitleKind(rawValue: kind)
            if titleKind == nil { errors.add("titleKind", "Choisissez le type de titre.") }
            let start = errors.day(
                from,
                field: "titleFrom",
                required: "Saisissez la date de début de validité, par exemple 2026-01-15.",
                notAfter: DayBound(today.adding(years: 1), "Un titre commence au plus tard dans un an.")
            )
            let end = errors.day(
                to,
                field: "titleTo",
                notBefore: start.map { DayBound($0, "La fin de validité ne peut pas précéder son début.") },
                notAfter: start.map { DayBound($0.adding(years: 15), "Un titre dure au plus quinze ans.") }
            )
            guard errors.isEmpty, let titleKind, let start else { throw DomainError.invalid(errors) }
            try await PersonDetailRecords.insertTitle(
                id: id,
                personID: personID,
                kind: titleKind.rawValue,
                from: start,
                to: end,
                accountID: actor.id,
                at: environment.time.now(),
                in: sql
            )
            try await environment.audit(
                .residenceTitleAdded,
                recordType: "personne",
                id: personID,
                before: [:],
                after: ["titre": titleKind.label, "debut": start.iso, "fin": end?.iso],
                actor: actor,
                in: sql
            )
        }
    }

    /// The records of the département that may be the same person as a member, likeliest first.
    public func possibleDuplicates(
        householdID: String,
        personID: String,
        actor: AccountSummary
    ) async throws
        -> [DuplicateFinder.Duplicate]
    {
        try await environment.database.read { sql in
            guard let household = try await HouseholdQueries.find(id: householdID, viewer: actor, in: sql) else {
                throw DomainError.notFound
            }
            try HouseholdWriteRule.check(actor, caseworkerID: household.caseworkerID, stage: household.stage)
            return try await Self.duplicates(of: personID, in: household, in: sql)
        }
    }

    /// The possible duplicates of a member, inside the caller's read or transaction.
    static func duplicates(
        of personID: String,
        in household: HouseholdSummary,
        in sql: any SQLDatabase
    ) async throws -> [DuplicateFinder.Duplicate] {
        let members = try await HouseholdQueries.members(householdID: household.id, in: sql)
        guard let member = members.first(where: { $0.id == personID }) else { throw DomainError.notFound }
        return try await DuplicateFinder.candidates(
            for: PersonInput.Valid(member: member),
            departement: household.departement,
            in: sql
        ).filter { duplicate in !members.contains { $0.id == duplicate.candidate.personID } }
    }

    /// Records that `duplicateID` is the same person as the member `personID`: the duplicate record stays, marked
    /// as merged into the member, and no longer comes up as a possible duplicate. Reversible with `unmerge`.
    public func merge(householdID: String, personID: String, duplicateID: String, actor: AccountSummary) async throws {
        try await environment.database.write { sql in
            let household = try await WritableHousehold.lock(householdID, actor: actor, in: sql)
            let candidates = try await Self.duplicates(of: personID, in: household, in: sql)
            guard candidates.contains(where: { $0.candidate.personID == duplicateID }) else {
                throw DomainError.conflict(
                    "Cette fiche n'est pas un doublon possible de la personne (autre département, déjà fusionnée…)."
                )
            }
            try await PersonMergeRecords.merge(duplicateID, into: personID, in: sql)
            try await environment.audit(
                .personsMerged,
                recordType: "personne",
                id: personID,
                before: [:],
                after: ["fiche_fusionnee": duplicateID],
                actor: actor,
                in: sql
            )
        }
    }

    /// Undoes a merge into a member of the household: the other record is a person of its own again.
    public func unmerge(householdID: String, duplicateID: String, actor: AccountSummary) async throws {
        try await environment.database.write { sql in
            _ = try await WritableHousehold.lock(householdID, actor: actor, in: sql)
            let members = try await HouseholdQueries.members(householdID: householdID, in: sql)
            guard let target = try await PersonMergeRecords.mergedInto(duplicateID, in: sql),
                members.contains(where: { $0.id == target })
            else { throw DomainError.notFound }
            try await PersonMergeRecords.unmerge(duplicateID, in: sql)
            try await environment.audit(
                .personsUnmerged,
                recordType: "personne",
                id: target,
                before: ["fiche_fusionnee": duplicateID],
                after: [:],
                actor: actor,
                in: sql
            )
        }
    }

    static func requireMember(_ personID: String, of householdID: String, in sql: any SQLDatabase) async throws {
        let members = try await HouseholdQueries.members(householdID: householdID, in: sql)
        guard members.contains(where: { $0.id == personID }) else { throw DomainError.notFound }
    }
}
