import Domain
import Foundation
import Persistence

extension CaseworkService {
    /// What happened to a new member: added, or held back for possible duplicates.
    public enum MemberOutcome: Sendable {
        case added
        case possibleDuplicates([DuplicateFinder.Duplicate])
    }

    /// Adds a member (a joining relative arriving later, a child…) after checking for duplicates.
    public func addMember(
        householdID: String,
        person: PersonInput,
        relation: String,
        arrivedOn: String,
        duplicatesReviewed: Bool,
        actor: AccountSummary
    ) async throws -> MemberOutcome {
        let id = environment.ids.makeIdentifier()
        return try await environment.database.write { sql in
            let household = try await WritableHousehold.lock(householdID, actor: actor, in: sql)
            let today = environment.time.today(inDepartement: household.departement)
            let countries = Set(try await TerritoryQueries.nationalities(in: sql).map(\.code))
            var errors = FieldErrors()
            let valid = person.validate(today: today, countries: countries, &errors)
            let memberRelation = MemberRelation(rawValue: relation)
            if memberRelation == nil { errors.add("relation", "Choisissez le lien avec la personne de référence.") }
            let arrival = errors.day(
                arrivedOn,
                field: "arrivedOn",
                notAfter: DayBound(today, "Cette date ne peut pas être dans le futur.")
            )
            guard errors.isEmpty, let valid, let memberRelation else { throw DomainError.invalid(errors) }
            if !duplicatesReviewed {
                let duplicates = try await DuplicateFinder.candidates(
                    for: valid,
                    departement: household.departement,
                    in: sql
                )
                if !duplicates.isEmpty { return .possibleDuplicates(duplicates) }
            }
            try await HouseholdWriteRecords.insertPerson(
                id: id,
                householdID: householdID,
                isReference: false,
                valid: valid,
                relation: memberRelation.rawValue,
                arrivedOn: arrival,
                at: environment.time.now(),
                in: sql
            )
            let entry = AuditEntry(
                actor: actor,
                action: AuditAction.memberAdded.rawValue,
                recordType: "menage",
                recordID: householdID,
                personID: id,
                changes: [
                    AuditChange("personne", before: nil, after: valid.name.documentNames, personal: true),
                    AuditChange("lien", before: nil, after: memberRelation.label),
                ]
            )
            try await environment.appendAudit(entry, in: sql)
            return .added
        }
    }
}
