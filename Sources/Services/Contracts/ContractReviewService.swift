import Domain
import Foundation
import Persistence
import SQLKit

/// The annual reviews (comités de pilotage) of a signed contract: each keeps a snapshot of the shared diagnosis on
/// its day, beside the year's targets and results; it takes decisions with an owner and a due day, and follows up
/// the decisions of earlier reviews.
public struct ContractReviewService: Sendable {
    let environment: ServiceEnvironment

    public init(environment: ServiceEnvironment) { self.environment = environment }

    /// A review with its contract, snapshot, decisions taken there, and the earlier decisions it may follow up.
    public struct ReviewFile: Sendable {
        public let file: ContractFile
        public let review: ContractReview
        public let snapshot: ContractSnapshot?
        public let decisions: [ContractDecision]
        /// Decisions of earlier reviews still open, or followed up at this one.
        public let toFollow: [ContractDecision]
        /// The review's day, by review identifier, for the follow-up history.
        public let reviewDays: [String: CalendarDay]
    }

    /// Records a review of a signed contract, with the snapshot of the diagnosis on its day; returns its identifier.
    @discardableResult
    public func record(contractID: String, input: ReviewInput, actor: AccountSummary) async throws -> String {
        let now = environment.time.now()
        let id = environment.ids.makeIdentifier()
        let snapshotID = environment.ids.makeIdentifier()
        let contracts = ContractService(environment: environment)
        try await environment.database.write { sql in
            let (contract, _) = try await contracts.locked(
                contractID,
                actor: actor,
                may: ContractAccess.canDraft,
                in: sql
            )
            var errors = FieldErrors()
            guard
                let valid = input.validate(
                    signedOn: contract.signedOn,
                    today: environment.time.today(inDepartement: contract.departement),
                    &errors
                )
            else { throw DomainError.invalid(errors) }
            try await ContractReviewRecords.insertReview(
                id: id,
                contractID: contractID,
                valid,
                accountID: actor.id,
                at: now,
                in: sql
            )
            let communes = try await ContractTerritoryRecords.communes(contractID: contractID, in: sql)
            try await ContractSnapshotRecords.insert(
                id: snapshotID,
                contractID: contractID,
                occasion: .review,
                reviewID: id,
                diagnosis: try await TerritoryDiagnosisBuilder.compute(
                    communes: communes.map(\.code),
                    departements: contract.departements,
                    on: valid.heldOn,
                    in: sql
                ),
                analysis: contract.analysis,
                at: now,
                in: sql
            )
            try await environment.audit(
                .contractReviewRecorded,
                recordType: "contrat",
                id: contractID,
                before: [:],
                after: [
                    "comite": id, "le": valid.heldOn.iso, "participants": valid.participants, "instantane": snapshotID,
                ],
                actor: actor,
                in: sql
            )
        }
        return id
    }

    /// A review's page; "not found" when the viewer may not read its contract.
    public func file(reviewID: String, actor: AccountSummary) async throws -> ReviewFile {
        let review = try await environment.database.read {
            try await ContractReviewRecords.review(id: reviewID, in: $0)
        }
        guard let review else { throw DomainError.notFound }
        let file = try await ContractService(environment: environment).file(id: review.contractID, actor: actor)
        let days = Dictionary(file.reviews.map { ($0.id, $0.heldOn) }, uniquingKeysWith: { first, _ in first })
        return ReviewFile(
            file: file,
            review: review,
            snapshot: file.snapshots.first { $0.reviewID == reviewID },
            decisions: file.decisions.filter { $0.reviewID == reviewID },
            toFollow: file.decisions.filter { decision in
                guard let decided = days[decision.reviewID], decided < review.heldOn else { return false }
                return decision.status.isOpen || decision.followUps.contains { $0.reviewID == reviewID }
            },
            reviewDays: days
        )
    }

    /// Adds a decision to a review.
    public func addDecision(reviewID: String, input: DecisionInput, actor: AccountSummary) async throws {
        let now = environment.time.now()
        let id = environment.ids.makeIdentifier()
        try await write(reviewID, actor: actor) { contract, review, sql in
            var errors = FieldErrors()
            guard let valid = input.validate(reviewOn: review.heldOn, &errors) else {
                throw DomainError.invalid(errors)
            }
            try await ContractReviewRecords.insertDecision(
                id: id,
                contractID: contract.id,
                reviewID: reviewID,
                text: valid.text,
                owner: valid.owner,
                dueOn: valid.due,
                at: now,
                in: sql
            )
            try await environment.audit(
                .contractDecisionAdded,
                recordType: "contrat",
                id: contract.id,
                before: [:],
                after: ["comite": reviewID, "decision": valid.text, "porteur": valid.owner, "echeance": valid.due.iso],
                actor: actor,
                in: sql
            )
        }
    }

    /// Records, at a review, where a decision of an earlier review stands.
    public func followUp(reviewID: String, input: FollowUpInput, actor: AccountSummary) async throws {
        let now = environment.time.now()
        let id = environment.ids.makeIdentifier()
        try await write(reviewID, actor: actor) { contract, review, sql in
            let reviews = try await ContractReviewRecords.reviews(contractID: contract.id, in: sql)
            let days = Dictionary(reviews.map { ($0.id, $0.heldOn) }, uniquingKeysWith: { first, _ in first })
            let open = try await ContractReviewRecords.decisions(contractID: contract.id, in: sql).filter {
                $0.status.isOpen
            }
            var errors = FieldErrors()
            guard
                let valid = input.validate(
                    decisions: Dictionary(
                        open.compactMap { decision in days[decision.reviewID].map { (decision.id, $0) } },
                        uniquingKeysWith: { first, _ in first }
                    ),
                    reviewOn: review.heldOn,
                    &errors
                )
            else { throw DomainError.invalid(errors) }
            let before = open.first { $0.id == valid.decisionID }?.status
            try await ContractReviewRecords.insertFollowUp(
                id: id,
                decisionID: valid.decisionID,
                reviewID: reviewID,
                status: valid.status,
                note: valid.note,
                accountID: actor.id,
                at: now,
                in: sql
            )
            try await environment.audit(
                .contractDecisionFollowedUp,
                recordType: "contrat",
                id: contract.id,
                before: ["decision": valid.decisionID, "etat": before?.rawValue],
                after: ["decision": valid.decisionID, "etat": valid.status.rawValue, "comite": reviewID],
                actor: actor,
                in: sql
            )
        }
    }

    /// Runs a change of a review in one transaction, the contract's row locked and the prefecture's right checked.
    func write(
        _ reviewID: String,
        actor: AccountSummary,
        _ body: (ContractRecord, ContractReview, any SQLDatabase) async throws -> Void
    ) async throws {
        try await environment.database.write { sql in
            guard let review = try await ContractReviewRecords.review(id: reviewID, in: sql) else {
                throw DomainError.notFound
            }
            let (contract, _) = try await ContractService(environment: environment).locked(
                review.contractID,
                actor: actor,
                may: ContractAccess.canDraft,
                in: sql
            )
            try await body(contract, review, sql)
        }
    }
}
