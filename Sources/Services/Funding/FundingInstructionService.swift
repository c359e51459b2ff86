import Domain
import Foundation
import Persistence
import SQLKit

/// The instruction of applications: marks against the call's grid and an opinion, selection committees, and their
/// decisions (granted with an amount per year, or refused with a reason).
public struct FundingInstructionService: Sendable {
    let environment: ServiceEnvironment

    public init(environment: ServiceEnvironment) { self.environment = environment }

    /// Records the marks (0 to 5 per criterion) and the opinion of the instructing agent.
    public func score(applicationID: String, marks raw: [String], opinion: String, actor: AccountSummary) async throws {
        var errors = FieldErrors()
        let marks = raw.enumerated().map { index, value in
            errors.integer(
                value,
                field: "mark-\(index)",
                in: 0...ScoringGrid.maximumMark,
                message: "Notez ce critère de 0 à \(ScoringGrid.maximumMark)."
            )
        }
        let opinion = errors.text(
            opinion,
            field: "opinion",
            kind: .note,
            required: "Rédigez l'avis de l'instructeur."
        )
        guard errors.isEmpty, let opinion else { throw DomainError.invalid(errors) }
        try await environment.database.write { sql in
            let (row, call) = try await instructed(applicationID, actor: actor, in: sql)
            guard row.application.status.awaitsDecision else {
                throw DomainError.conflict("La décision est prise : la notation ne change plus.")
            }
            let values = marks.compactMap { $0 }
            guard values.count == call.content.criteria.count else {
                throw FundingAccess.invalid("mark-0", "Notez chacun des \(call.content.criteria.count) critères.")
            }
            let score = ScoringGrid.outOfHundred(marks: values, criteria: call.content.criteria)
            try await FundingInstructionRecords.score(
                applicationID: applicationID,
                marks: values,
                score: score,
                opinion: opinion,
                at: environment.time.now(),
                in: sql
            )
            try await environment.audit(
                .fundingScored,
                recordType: "demande_subvention",
                id: applicationID,
                before: ["note": row.application.score.map(String.init)],
                after: ["note": "\(score)", "notes": values.map(String.init).joined(separator: ",")],
                actor: actor,
                in: sql
            )
        }
    }

    /// Creates a selection committee for one of the agent's calls.
    @discardableResult
    public func createCommittee(
        callID: String,
        heldOn: String,
        members: String,
        actor: AccountSummary
    ) async throws
        -> String
    {
        var errors = FieldErrors()
        let day = CalendarDay(iso: heldOn)
        if day == nil { errors.add("committeeDate", "Choisissez la date du comité (AAAA-MM-JJ).") }
        let members = errors.text(
            members,
            field: "committeeMembers",
            kind: .note,
            required: "Indiquez les membres du comité (nom et qualité)."
        )
        guard errors.isEmpty, let day, let members else { throw DomainError.invalid(errors) }
        let id = environment.ids.makeIdentifier()
        try await environment.database.write { sql in
            guard let call = try await FundingCallRecords.find(id: callID, in: sql),
                FundingAccess.instructs(actor, regionCode: call.regionCode, departementCode: call.departementCode)
            else { throw DomainError.notFound }
            try await FundingInstructionRecords.insertCommittee(
                id: id,
                callID: callID,
                heldOn: day,
                members: members,
                accountID: actor.id,
                at: environment.time.now(),
                in: sql
            )
            try await environment.audit(
                .fundingCommitteeCreated,
                recordType: "appel_a_projets",
                id: callID,
                before: [:],
                after: ["comite": id, "date": day.iso],
                actor: actor,
                in: sql
            )
        }
        return id
    }

    /// The application and its call, locked, if the actor instructs it; "not found" otherwise.
    func instructed(
        _ id: String,
        actor: AccountSummary,
        in sql: any SQLDatabase
    ) async throws
        -> (FundingApplicationRow, FundingCallRecord)
    {
        try FundingAccess.requireAgent(actor)
        guard let row = try await FundingApplicationRecords.find(id: id, locking: true, in: sql) else {
            throw DomainError.notFound
        }
        try await FundingApplicationService.requireVisible(row, actor: actor, in: sql)
        guard let call = try await FundingCallRecords.find(id: row.application.callID, in: sql) else {
            throw DomainError.notFound
        }
        return (row, call)
    }
}
