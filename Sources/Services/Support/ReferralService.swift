import Domain
import Foundation
import Persistence
import SQLKit

/// OFII referrals: created by an OFII agent with the eligibility computed, decided by the operator's manager.
public struct ReferralService: Sendable {
    let environment: ServiceEnvironment

    public init(environment: ServiceEnvironment) { self.environment = environment }

    /// A possible duplicate with the reasons the matcher gives.
    public typealias Duplicate = DuplicateFinder.Duplicate

    /// What happened to a referral request: created, or held back for possible duplicates.
    public enum Outcome: Sendable {
        case created(referralID: String)
        case possibleDuplicates([Duplicate])
    }

    /// Validates, checks duplicates (unless the agent confirmed none applies), computes eligibility and writes the
    /// household, its reference person and the referral in one transaction, audited.
    public func create(_ input: ReferralInput, duplicatesReviewed: Bool, actor: AccountSummary) async throws -> Outcome
    {
        guard OfiiAgentsOnly().admits(actor.role) else { throw DomainError.forbidden }
        // The referral is dated in the legal time of the département it names.
        let today = environment.time.today(inDepartement: input.departement)
        let now = environment.time.now()
        let householdID = environment.ids.makeIdentifier()
        let personID = environment.ids.makeIdentifier()
        let referralID = environment.ids.makeIdentifier()
        return try await environment.database.write { sql in
            let departements = try await TerritoryQueries.departements(in: sql)
            let inScope: Set<String> =
                switch actor.scope {
                case .departements(let codes): Set(codes)
                case .region(let code): Set(departements.filter { $0.regionCode == code }.map(\.code))
                case .nation: Set(departements.map(\.code))
                }
            let countries = Set(try await TerritoryQueries.countries(in: sql).map(\.code))
            var communes: [String: String] = [:]
            let communeCode = input.commune.trimmingCharacters(in: .whitespaces).uppercased()
            if !communeCode.isEmpty, communeCode.utf8.count <= 5,
                let commune = try await TerritoryQueries.commune(code: communeCode, in: sql)
            {
                communes[commune.code] = commune.departementCode
            }
            let valid: ReferralInput.Valid
            switch input.validate(
                today: today,
                departements: inScope,
                countries: countries,
                communeIn: { communes[$0] == $1 }
            )
            {
            case .success(let value): valid = value
            case .failure(let errors): throw DomainError.invalid(errors)
            }
            if !duplicatesReviewed {
                let duplicates = try await DuplicateFinder.candidates(
                    for: valid.person,
                    departement: valid.departement,
                    in: sql
                )
                if !duplicates.isEmpty { return .possibleDuplicates(duplicates) }
            }
            let outcome = EligibilityRule.evaluate(valid.eligibilityInput, departements: departements)
            let eligibilityJSON = try Self.json(outcome.conditions)
            guard
                let operatorOrganisation = try await HouseholdQueries.operatorFor(
                    departement: valid.departement,
                    in: sql
                )
            else {
                var errors = FieldErrors()
                errors.add("departement", "Aucun opérateur AGIR actif n'intervient dans ce département.")
                throw DomainError.invalid(errors)
            }
            try await HouseholdWriteRecords.insertHousehold(
                id: householdID,
                departement: valid.departement,
                commune: valid.commune,
                operatorID: operatorOrganisation.id,
                at: now,
                in: sql
            )
            try await HouseholdWriteRecords.insertPerson(
                id: personID,
                householdID: householdID,
                isReference: true,
                valid: valid.person,
                at: now,
                in: sql
            )
            try await HouseholdWriteRecords.insertReferral(
                id: referralID,
                householdID: householdID,
                referringOrganisationID: actor.organisationID,
                referringAccountID: actor.id,
                operatorID: operatorOrganisation.id,
                valid: valid,
                outcome: outcome,
                eligibilityJSON: eligibilityJSON,
                at: now,
                in: sql
            )
            let entry = AuditEntry(
                actor: actor,
                action: AuditAction.referralCreated.rawValue,
                recordType: "orientation",
                recordID: referralID,
                personID: personID,
                changes: [
                    AuditChange("personne", before: nil, after: valid.person.name.documentNames, personal: true),
                    AuditChange("eligible", before: nil, after: outcome.eligible ? "oui" : "non"),
                    AuditChange("operateur", before: nil, after: operatorOrganisation.name),
                ]
            )
            try await AuditLog.append(entry, at: now, in: sql, kind: environment.database.kind)
            return .created(referralID: referralID)
        }
    }

    /// One page of the referrals the actor may see (pending first), the page shown (the last one when asked past
    /// it), and how many there are in all.
    public func page(
        actor: AccountSummary,
        page: Int,
        size: Int
    ) async throws -> (referrals: [ReferralSummary], page: Int, total: Int) {
        try await environment.database.read { sql in
            var number = max(1, page)
            var found = try await ReferralRecords.page(
                viewer: actor,
                limit: size,
                offset: (number - 1) * size,
                in: sql
            )
            let last = max(1, (found.total + size - 1) / size)
            if number > last {
                number = last
                found = try await ReferralRecords.page(viewer: actor, limit: size, offset: (last - 1) * size, in: sql)
            }
            return (found.referrals, number, found.total)
        }
    }

    /// One referral the actor may see, or "not found".
    public func find(id: String, actor: AccountSummary) async throws -> ReferralSummary {
        guard
            let referral = try await environment.database.read({
                try await ReferralRecords.find(id: id, viewer: actor, in: $0)
            })
        else { throw DomainError.notFound }
        return referral
    }

    /// The caseworkers a manager may assign a referral to.
    public func caseworkers(
        for referral: ReferralSummary,
        actor: AccountSummary
    ) async throws -> [(id: String, name: String)] {
        try await environment.database.read { sql in
            try await HouseholdQueries.caseworkers(
                organisationID: actor.organisationID,
                departement: referral.departement,
                in: sql
            )
        }
    }

    /// Accepts (assigning a caseworker) or declines (with a reason) a pending referral: the household moves from
    /// referred to in support, or to declined (`HouseholdStage`); a referral decided meanwhile is a conflict.
    public func decide(
        id: String,
        accept: Bool,
        caseworkerID: String,
        reason rawReason: String,
        actor: AccountSummary
    )
        async throws
    {
        guard OperatorManagersOnly().admits(actor.role) else { throw DomainError.forbidden }
        var parsed = FieldErrors()
        let reason = parsed.text(
            rawReason,
            field: "reason",
            kind: .line,
            required: accept ? nil : "Indiquez le motif du refus ; l'OFII le verra."
        )
        let parseErrors = parsed
        let now = environment.time.now()
        try await environment.database.write { sql in
            guard let referral = try await ReferralRecords.find(id: id, viewer: actor, locking: true, in: sql) else {
                throw DomainError.notFound
            }
            guard referral.status == .pending else {
                throw DomainError.conflict("Cette orientation a déjà été traitée.")
            }
            let stage = try referral.householdStage.moving(to: accept ? .inSupport : .declined)
            var errors = parseErrors
            let caseworkers = try await HouseholdQueries.caseworkers(
                organisationID: actor.organisationID,
                departement: referral.departement,
                in: sql
            )
            if accept, !caseworkers.contains(where: { $0.id == caseworkerID }) {
                errors.add("caseworker", "Choisissez le référent qui suivra le ménage.")
            }
            guard errors.isEmpty, let reason else { throw DomainError.invalid(errors) }
            try await HouseholdWriteRecords.decide(
                referralID: id,
                householdID: referral.householdID,
                status: accept ? .accepted : .declined,
                stage: stage,
                reason: accept ? nil : reason,
                caseworkerID: accept ? caseworkerID : nil,
                by: actor.id,
                at: now,
                in: sql
            )
            let caseworker = caseworkers.first { $0.id == caseworkerID }?.name
            try await environment.audit(
                accept ? .referralAccepted : .referralDeclined,
                recordType: "orientation",
                id: id,
                before: ["statut": ReferralStatus.pending.label],
                after: accept
                    ? ["statut": ReferralStatus.accepted.label, "referent": caseworker]
                    : ["statut": ReferralStatus.declined.label, "motif": reason],
                actor: actor,
                in: sql
            )
        }
    }

    /// The eligibility conditions as the JSON stored on a referral.
    public static func json(_ conditions: [EligibilityCondition]) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(conditions), as: UTF8.self)
    }
}
