import Domain
import Foundation
import SQLKit

/// An annual review (comité de pilotage).
public struct ContractReview: Sendable, Equatable {
    public let id: String
    public let contractID: String
    public let heldOn: CalendarDay
    public let participants: String
    public let summary: String
}

/// A decision taken at a review, with its follow-ups at later reviews.
public struct ContractDecision: Sendable, Equatable {
    public let id: String
    public let reviewID: String
    public let text: String
    public let owner: String
    public let dueOn: CalendarDay
    public let status: DecisionStatus
    public let followUps: [DecisionFollowUp]
}

/// What a later review recorded about a decision.
public struct DecisionFollowUp: Sendable, Equatable {
    public let reviewID: String
    public let status: DecisionStatus
    public let note: String
}

/// SQL for reviews, their decisions and the follow-ups of those decisions.
public enum ContractReviewRecords {
    /// Adds a review.
    public static func insertReview(
        id: String,
        contractID: String,
        _ review: ReviewInput.Valid,
        accountID: String?,
        at now: Date,
        in sql: any SQLDatabase
    ) async throws {
        try await sql.raw(
            """
            INSERT INTO contract_reviews (id, contract_id, held_on, participants, summary, account_id, created_at)
            VALUES (\(bind: id), \(bind: contractID), \(bind: review.heldOn.iso), \(bind: review.participants),
                \(bind: review.summary), \(bind: accountID), \(bind: Timestamp.format(now)))
            """
        ).run()
    }

    /// A contract's reviews, oldest first.
    public static func reviews(contractID: String, in sql: any SQLDatabase) async throws -> [ContractReview] {
        try await sql.raw(
            "SELECT * FROM contract_reviews WHERE contract_id = \(bind: contractID) ORDER BY held_on, created_at, id"
        ).all().map(review)
    }

    /// One review.
    public static func review(id: String, in sql: any SQLDatabase) async throws -> ContractReview? {
        try await sql.raw("SELECT * FROM contract_reviews WHERE id = \(bind: id)").first().map(review)
    }

    static func review(_ row: any SQLRow) throws -> ContractReview {
        let id = try row.decode(column: "id", as: String.self)
        guard let day = try SkillColumns.day(row, "held_on") else { throw ContractDataError(id: id) }
        return ContractReview(
            id: id,
            contractID: try row.decode(column: "contract_id", as: String.self),
            heldOn: day,
            participants: try row.decode(column: "participants", as: String.self),
            summary: try row.decode(column: "summary", as: String.self)
        )
    }

    /// Adds a decision to a review, open.
    public static func insertDecision(
        id: String,
        contractID: String,
        reviewID: String,
        text: String,
        owner: String,
        dueOn: CalendarDay,
        at now: Date,
        in sql: any SQLDatabase
    ) async throws {
        let stamp = Timestamp.format(now)
        try await sql.raw(
            """
            INSERT INTO contract_decisions (id, contract_id, review_id, position, text, owner, due_on, status,
                created_at, updated_at)
            VALUES (\(bind: id), \(bind: contractID), \(bind: reviewID),
                (SELECT COALESCE(MAX(position), 0) + 1 FROM contract_decisions WHERE review_id = \(bind: reviewID)),
                \(bind: text), \(bind: owner),
                \(bind: dueOn.iso), \(bind: DecisionStatus.open.rawValue), \(bind: stamp), \(bind: stamp))
            """
        ).run()
    }

    /// Records a decision's follow-up at a later review and sets its status.
    public static func insertFollowUp(
        id: String,
        decisionID: String,
        reviewID: String,
        status: DecisionStatus,
        note: String,
        accountID: String?,
        at now: Date,
        in sql: any SQLDatabase
    ) async throws {
        let stamp = Timestamp.format(now)
        try await sql.raw(
            """
            INSERT INTO contract_decision_followups (id, decision_id, review_id, status, note, account_id, created_at)
            VALUES (\(bind: id), \(bind: decisionID), \(bind: reviewID), \(bind: status.rawValue), \(bind: note),
                \(bind: accountID), \(bind: stamp))
            """
        ).run()
        try await sql.raw(
            """
            UPDATE contract_decisions SET status = \(bind: status.rawValue), updated_at = \(bind: stamp)
            WHERE id = \(bind: decisionID)
            """
        ).run()
    }

    /// A contract's decisions, in the order their reviews were held, each with its follow-ups.
    public static func decisions(contractID: String, in sql: any SQLDatabase) async throws -> [ContractDecision] {
        var followUps: [String: [DecisionFollowUp]] = [:]
        for row in try await sql.raw(
            """
            SELECT f.decision_id, f.review_id, f.status, f.note FROM contract_decision_followups f
            JOIN contract_decisions d ON d.id = f.decision_id JOIN contract_reviews r ON r.id = f.review_id
            WHERE d.contract_id = \(bind: contractID) ORDER BY r.held_on, f.created_at, f.id
            """
        ).all() {
            guard let status = DecisionStatus(rawValue: try row.decode(column: "status", as: String.self)) else {
                continue
            }
            followUps[try row.decode(column: "decision_id", as: String.self), default: []].append(
                DecisionFollowUp(
                    reviewID: try row.decode(column: "review_id", as: String.self),
                    status: status,
                    note: try row.decode(column: "note", as: String.self)
                )
            )
        }
        return try await sql.raw(
            """
            SELECT d.* FROM contract_decisions d JOIN contract_reviews r ON r.id = d.review_id
            WHERE d.contract_id = \(bind: contractID) ORDER BY r.held_on, r.created_at, d.position
            """
        ).all().map { row in
            let id = try row.decode(column: "id", as: String.self)
            guard let due = try SkillColumns.day(row, "due_on"),
                let status = DecisionStatus(rawValue: try row.decode(column: "status", as: String.self))
            else { throw ContractDataError(id: id) }
            return ContractDecision(
                id: id,
                reviewID: try row.decode(column: "review_id", as: String.self),
                text: try row.decode(column: "text", as: String.self),
                owner: try row.decode(column: "owner", as: String.self),
                dueOn: due,
                status: status,
                followUps: followUps[id] ?? []
            )
        }
    }
}
