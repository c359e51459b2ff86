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

    /// What happened to a referral request: created, held back for possible duplicates, or refused because the
    /// person is not eligible (or eligible only on an exception whose instruction is missing), nothing written.
    public enum Outcome: Sendable {
        case created(referralID: String)
        case possibleDuplicates([Duplicate])
        case refused(EligibilityOutcome, FieldErrors)
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
            let countries = Set(try await TerritoryQueries.nationalities(in: sql).map(\.code))
            // The commune is read as typed (name, label or code) within the chosen département.
            var input = input
            var communeProblem: String?
            switch try await CommuneResolver.resolve(input.commune, departements: [input.departement], in: sql) {
            case .blank: input.commune = ""
            case .found(let commune): input.commune = commune.code
            case .problem(let message): communeProblem = message
            }
            let valid: ReferralInput.Valid
            switch input.validate(
                today: today,
                departements: inScope,
                countries: countries,
                communeProblem: communeProblem
            ) {
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
            let evaluated = EligibilityRule.evaluate(valid.eligibilityInput, departements: departements)
            let refusal = valid.admission(evaluated)
            if !refusal.isEmpty { return .refused(evaluated, refusal) }
            let outcome = evaluated.recording(prefectInstruction: valid.prefectInstruction)
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
                    AuditChange("fondement", before: nil, after: outcome.basis.label),
                    AuditChange("instruction_prefet", before: nil, after: valid.prefectInstruction),
                    AuditChange("operateur", before: nil, after: operatorOrganisation.name),
                ]
            )
            try await environment.appendAudit(entry, at: now, in: sql)
            return .created(referralID: referralID)
        }
    }

    /// The referrals an OFII agent follows up on their home page: the newest pending and declined ones (at most
    /// `limit` of each), with how many there are of each, from one read.
    public func attention(
        actor: AccountSummary,
        limit: Int
    ) async throws -> (pending: [ReferralSummary], pendingTotal: Int, declined: [ReferralSummary], declinedTotal: Int) {
        try await environment.database.read { sql in
            let pending = try await ReferralRecords.withStatus(.pending, viewer: actor, limit: limit, in: sql)
            let declined = try await ReferralRecords.withStatus(.declined, viewer: actor, limit: limit, in: sql)
            return (pending.referrals, pending.total, declined.referrals, declined.total)
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

    /// One referral the actor may see, or "not found", for its page: the read is audited, as it shows a named
    /// household.
    public func read(id: String, actor: AccountSummary) async throws -> ReferralSummary {
        try await environment.database.write { sql in
            guard let referral = try await ReferralRecords.find(id: id, viewer: actor, in: sql) else {
                throw DomainError.notFound
            }
            let entry = AuditEntry(
                actor: actor,
                action: AuditAction.referralRead.rawValue,
                recordType: "orientation",
                recordID: id
            )
            try await environment.appendAudit(entry, in: sql)
            return referral
        }
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
