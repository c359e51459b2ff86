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
        _ = try await CaseworkService(environment: environment).writable(householdID, actor: actor)
        try await requireMember(personID, of: householdID)
        var errors = FieldErrors()
        guard let valid = input.validate(&errors) else { throw DomainError.invalid(errors) }
        try await environment.database.write { sql in
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

    /// Adds a residence title held from `from` (to `to`, when it has an end).
    public func addTitle(
        householdID: String,
        personID: String,
        kind: String,
        from: String,
        to: String,
        actor: AccountSummary
    ) async throws {
        _ = try await CaseworkService(environment: environment).writable(householdID, actor: actor)
        try await requireMember(personID, of: householdID)
        var errors = FieldErrors()
        let titleKind = ResidenceTitleKind(rawValue: kind)
        if titleKind == nil { errors.add("titleKind", "Choisissez le type de titre.") }
        let start = CalendarDay(iso: from)
        if start == nil { errors.add("titleFrom", "Saisissez la date de début de validité, par exemple 2026-01-15.") }
        var end: CalendarDay?
        if !to.isEmpty {
            end = CalendarDay(iso: to)
            if end == nil {
                errors.add("titleTo", "Saisissez une date réelle, ou laissez vide.")
            } else if let start, let end, end < start {
                errors.add("titleTo", "La fin de validité ne peut pas précéder son début.")
            }
        }
        guard errors.isEmpty, let titleKind, let start else { throw DomainError.invalid(errors) }
        let id = environment.ids.makeIdentifier()
        try await environment.database.write { sql in
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
        let household = try await CaseworkService(environment: environment).writable(householdID, actor: actor)
        let members = try await environment.database.read {
            try await HouseholdQueries.members(householdID: householdID, in: $0)
        }
        guard let member = members.first(where: { $0.id == personID }) else { throw DomainError.notFound }
        let valid = PersonInput.Valid(member: member)
        return try await DuplicateFinder(environment: environment).candidates(
            for: valid,
            departement: household.departement
        ).filter { duplicate in !members.contains { $0.id == duplicate.candidate.personID } }
    }

    /// Records that `duplicateID` is the same person as the member `personID`: the duplicate record stays, marked
    /// as merged into the member, and no longer comes up as a possible duplicate. Reversible with `unmerge`.
    public func merge(householdID: String, personID: String, duplicateID: String, actor: AccountSummary) async throws {
        let candidates = try await possibleDuplicates(householdID: householdID, personID: personID, actor: actor)
        guard candidates.contains(where: { $0.candidate.personID == duplicateID }) else {
            throw DomainError.conflict(
                "Cette fiche n'est pas un doublon possible de la personne (autre département, déjà fusionnée…)."
            )
        }
        try await environment.database.write { sql in
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
        _ = try await CaseworkService(environment: environment).writable(householdID, actor: actor)
        let members = try await environment.database.read {
            try await HouseholdQueries.members(householdID: householdID, in: $0)
        }
        let merged = try await environment.database.read {
            try await PersonMergeRecords.mergedInto(duplicateID, in: $0)
        }
        guard let target = merged, members.contains(where: { $0.id == target }) else { throw DomainError.notFound }
        try await environment.database.write { sql in
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

    func requireMember(_ personID: String, of householdID: String) async throws {
        let members = try await environment.database.read {
            try await HouseholdQueries.members(householdID: householdID, in: $0)
        }
        guard members.contains(where: { $0.id == personID }) else { throw DomainError.notFound }
    }
}
