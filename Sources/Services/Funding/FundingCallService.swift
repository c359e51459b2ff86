import Domain
import Foundation
import Persistence

/// Calls for projects: a DDETS calls on its UO's lines, a DREETS on its région's; once published, a call has a public
/// page and is listed in the open data.
public struct FundingCallService: Sendable {
    let environment: ServiceEnvironment

    public init(environment: ServiceEnvironment) { self.environment = environment }

    /// The calls the agent manages, latest first.
    public func calls(actor: AccountSummary) async throws -> [FundingCallRecord] {
        try FundingAccess.requireAgent(actor)
        return try await environment.database.read { sql in
            switch actor.scope {
            case .region(let code):
                return try await FundingCallRecords.calls(regionCode: code, departementCode: nil, in: sql)
            case .departements(let codes):
                var calls: [FundingCallRecord] = []
                for code in codes {
                    calls += try await FundingCallRecords.calls(regionCode: nil, departementCode: code, in: sql)
                }
                return calls
            case .nation: return []
            }
        }
    }

    /// Creates a call, unpublished, on one of the actor's lines; returns its identifier.
    @discardableResult
    public func create(input: CallInput, actor: AccountSummary) async throws -> String {
        try FundingAccess.requireAgent(actor)
        var errors = FieldErrors()
        let valid = input.validate(&errors)
        let id = environment.ids.makeIdentifier()
        try await environment.database.write { sql in
            let line = try await FundingLineRecords.find(id: input.lineID, in: sql)
            guard let line,
                FundingAccess.instructs(actor, regionCode: line.regionCode, departementCode: line.departementCode)
                    || (actor.role == .dreets && line.departementCode.isEmpty
                        && FundingAccess.managesBOP(actor, regionCode: line.regionCode))
            else {
                errors.add("callLine", "Choisissez une ligne budgétaire de votre périmètre.")
                throw DomainError.invalid(errors)
            }
            guard errors.isEmpty, let valid else { throw DomainError.invalid(errors) }
            if valid.opensOn.year != line.year && valid.closesOn.year != line.year {
                throw FundingAccess.invalid(
                    "callOpens",
                    "L'appel finance la ligne de \(line.year) : ses dates doivent "
                        + "tomber en \(line.year)."
                )
            }
            let content = CallContent(
                title: valid.title,
                body: valid.body,
                audience: valid.audience,
                tags: valid.tags,
                opensOn: valid.opensOn,
                closesOn: valid.closesOn,
                criteria: valid.criteria,
                documents: valid.documents
            )
            try await FundingCallRecords.insert(
                id: id,
                line: line,
                organisationID: actor.organisationID,
                content,
                accountID: actor.id,
                at: environment.time.now(),
                in: sql
            )
            try await environment.audit(
                .fundingCallCreated,
                recordType: "appel_a_projets",
                id: id,
                before: [:],
                after: [
                    "titre": valid.title, "ligne": line.id, "ouverture": valid.opensOn.iso,
                    "cloture": valid.closesOn.iso, "thematiques": ThematicTag.stored(valid.tags),
                ],
                actor: actor,
                in: sql
            )
        }
        return id
    }

    /// Publishes a call of the agent's.
    public func publish(id: String, actor: AccountSummary) async throws {
        try await environment.database.write { sql in
            guard let call = try await FundingCallRecords.find(id: id, locking: true, in: sql),
                FundingAccess.instructs(actor, regionCode: call.regionCode, departementCode: call.departementCode)
            else { throw DomainError.notFound }
            guard !call.published else { throw DomainError.conflict("Cet appel à projets est déjà publié.") }
            try await FundingCallRecords.publish(id: id, at: environment.time.now(), in: sql)
            try await environment.audit(
                .fundingCallPublished,
                recordType: "appel_a_projets",
                id: id,
                before: ["statut": "brouillon"],
                after: ["statut": "publie"],
                actor: actor,
                in: sql
            )
        }
    }

    /// One of the agent's calls with its applications and committees.
    public func manage(id: String, actor: AccountSummary) async throws -> CallFile {
        try await environment.database.read { sql in
            guard let call = try await FundingCallRecords.find(id: id, in: sql),
                FundingAccess.instructs(actor, regionCode: call.regionCode, departementCode: call.departementCode)
            else { throw DomainError.notFound }
            return CallFile(
                call: call,
                line: try await FundingLineRecords.find(id: call.lineID, in: sql),
                applications: try await FundingApplicationRecords.ofCall(id, in: sql),
                committees: try await FundingInstructionRecords.committees(callID: id, in: sql)
            )
        }
    }

    /// The published calls, for anyone.
    public func published() async throws -> [FundingCallRecord] {
        try await environment.database.read { try await FundingCallRecords.published(in: $0) }
    }

    /// A published call, for anyone; an unpublished one is "not found".
    public func publicCall(id: String) async throws -> FundingCallRecord {
        guard let call = try await environment.database.read({ try await FundingCallRecords.find(id: id, in: $0) }),
            call.published
        else { throw DomainError.notFound }
        return call
    }

    /// Whether a call accepts applications today, in its territory's local day.
    public func isOpen(_ call: FundingCallRecord) -> Bool {
        call.published && call.content.isOpen(on: today(of: call))
    }

    /// The call's local day.
    public func today(of call: FundingCallRecord) -> CalendarDay {
        environment.time.today(
            inDepartement: FundingTerritory.timeZoneDepartement(
                regionCode: call.regionCode,
                departementCode: call.departementCode
            )
        )
    }
}

/// A call as its agent manages it.
public struct CallFile: Sendable {
    public let call: FundingCallRecord
    public let line: FundingLineRecord?
    public let applications: [FundingApplicationRow]
    public let committees: [FundingCommitteeRecord]
}
