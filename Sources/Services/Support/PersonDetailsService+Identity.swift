import Domain
import Foundation
import Persistence
import SQLKit

extension PersonDetailsService {
    /// A member's identity as recorded, with what the correction form needs.
    public struct IdentityPage: Sendable {
        public let household: HouseholdSummary
        public let member: HouseholdMember
        /// Whether the viewer may correct it now (`HouseholdWriteRule`).
        public let canWrite: Bool
        /// The countries of the nationality list.
        public let countries: [Country]
    }

    /// The identity of a member of a household the viewer may open; opening it is audited as the file is.
    public func identityPage(personID: String, actor: AccountSummary) async throws -> IdentityPage {
        guard OperatorStaff().admits(actor.role) else { throw DomainError.forbidden }
        let page = try await environment.database.read { sql in
            guard let householdID = try await PersonIdentityRecords.householdID(personID: personID, in: sql),
                let household = try await HouseholdQueries.find(id: householdID, viewer: actor, in: sql),
                let member = try await HouseholdQueries.members(householdID: householdID, in: sql).first(where: {
                    $0.id == personID
                })
            else { throw DomainError.notFound }
            return IdentityPage(
                household: household,
                member: member,
                canWrite: HouseholdWriteRule.permits(
                    actor,
                    caseworkerID: household.caseworkerID,
                    stage: household.stage
                ),
                countries: try await TerritoryQueries.nationalities(in: sql)
            )
        }
        try await environment.database.write { sql in
            try await environment.appendAudit(
                AuditEntry(
                    actor: actor,
                    action: AuditAction.personFileRead.rawValue,
                    recordType: "personne",
                    recordID: personID,
                    personID: personID
                ),
                in: sql
            )
        }
        return page
    }

    /// Corrects a member's identity (names, birth, sex, nationality, protection) with the checks of its creation
    /// (`PersonInput.validateIdentity`); the duplicate-search keys follow in the same transaction. Returns the
    /// household's identifier, and whether anything differed (nothing is written otherwise).
    @discardableResult
    public func correctIdentity(
        personID: String,
        input: PersonInput,
        actor: AccountSummary
    ) async throws -> (householdID: String, changed: Bool) {
        try await environment.database.write { sql in
            guard let householdID = try await PersonIdentityRecords.householdID(personID: personID, in: sql) else {
                throw DomainError.notFound
            }
            let household = try await WritableHousehold.lock(householdID, actor: actor, in: sql)
            guard
                let member = try await HouseholdQueries.members(householdID: householdID, in: sql).first(where: {
                    $0.id == personID
                })
            else { throw DomainError.notFound }
            var errors = FieldErrors()
            let identity = input.validateIdentity(
                today: environment.time.today(inDepartement: household.departement),
                countries: Set(try await TerritoryQueries.nationalities(in: sql).map(\.code)),
                &errors
            )
            guard errors.isEmpty, let identity else { throw DomainError.invalid(errors) }
            let before = PersonIdentity(member: member)
            guard identity != before else { return (householdID, false) }
            try await PersonIdentityRecords.correct(personID: personID, identity: identity, in: sql)
            let entry = AuditEntry(
                actor: actor,
                action: AuditAction.personIdentityCorrected.rawValue,
                recordType: "personne",
                recordID: personID,
                personID: personID,
                changes: AuditChange.diff(
                    before: before.auditFields,
                    after: identity.auditFields,
                    personalFields: PersonIdentity.personalFields
                )
            )
            try await environment.appendAudit(entry, in: sql)
            return (householdID, true)
        }
    }
}

extension PersonIdentity {
    /// A recorded member's identity.
    init(member: HouseholdMember) {
        self.init(
            name: PersonName(documentNames: member.documentNames, usualNames: member.usualNames),
            birthYear: member.birthYear,
            birthMonth: member.birthMonth,
            birthDay: member.birthDay,
            sex: member.sex,
            nationality: member.nationality,
            protection: member.protection.flatMap(ProtectionKind.init(rawValue:)),
            protectionAuthority: member.protectionAuthority,
            protectionDate: member.protectionDate
        )
    }
}
