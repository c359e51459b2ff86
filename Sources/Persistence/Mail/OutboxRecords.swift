import Domain
import Foundation
import SQLKit

/// A message waiting in the outbox (or sent, or set aside).
public struct OutboxMessage: Sendable, Equatable {
    public let id: String
    public let purpose: String
    public let referenceID: String?
    public let message: MailMessage
    public let status: OutboxStatus
    public let attempts: Int
    public let nextAttemptAt: Date
    public let lastError: String?
}

/// Where a message of the outbox stands.
public enum OutboxStatus: String, Sendable, Equatable {
    /// Waiting for its (next) attempt.
    case pending = "a_envoyer"
    /// Accepted by the SMTP server.
    case sent = "envoye"
    /// Given up after a permanent refusal or too many attempts; kept for an administrator.
    case failed = "echec"
}

/// SQL for `mail_outbox`. A message is enqueued inside the transaction of the change that causes it, so it exists if
/// and only if the change was committed.
public enum OutboxRecords {
    /// Adds a message, due at once.
    public static func enqueue(
        id: String,
        purpose: String,
        referenceID: String?,
        _ message: MailMessage,
        at now: Date,
        in sql: any SQLDatabase
    ) async throws {
        let blocks = try String(decoding: JSONEncoder().encode(message.blocks.map(StoredBlock.init)), as: UTF8.self)
        let stamp = Timestamp.format(now)
        try await sql.raw(
            """
            INSERT INTO mail_outbox (id, purpose, reference_id, recipient, recipient_name, subject, body_blocks,
                status, attempts, next_attempt_at, last_error, created_at, sent_at)
            VALUES (\(bind: id), \(bind: purpose), \(bind: referenceID), \(bind: message.to.address),
                \(bind: message.to.name), \(bind: message.subject), \(bind: blocks),
                \(bind: OutboxStatus.pending.rawValue), 0, \(bind: stamp), NULL, \(bind: stamp), NULL)
            """
        ).run()
    }

    /// The pending messages due at `now`, oldest first.
    public static func due(now: Date, limit: Int, in sql: any SQLDatabase) async throws -> [OutboxMessage] {
        try await sql.raw(
            """
            SELECT * FROM mail_outbox WHERE status = \(bind: OutboxStatus.pending.rawValue)
                AND next_attempt_at <= \(bind: Timestamp.format(now))
            ORDER BY next_attempt_at, created_at, id LIMIT \(bind: limit)
            """
        ).all().compactMap(record)
    }

    /// Every message about one reference (a registration…), oldest first.
    public static func messages(referenceID: String, in sql: any SQLDatabase) async throws -> [OutboxMessage] {
        try await sql.raw(
            "SELECT * FROM mail_outbox WHERE reference_id = \(bind: referenceID) ORDER BY created_at, id"
        ).all().compactMap(record)
    }

    /// Records a delivery.
    public static func markSent(id: String, at now: Date, in sql: any SQLDatabase) async throws {
        try await sql.raw(
            """
            UPDATE mail_outbox SET status = \(bind: OutboxStatus.sent.rawValue), attempts = attempts + 1,
                sent_at = \(bind: Timestamp.format(now)), last_error = NULL WHERE id = \(bind: id)
            """
        ).run()
    }

    /// Records a failed attempt: the next one is due at `nextAttemptAt`, or the message is set aside (`giveUp`).
    public static func markFailed(
        id: String,
        error: String,
        nextAttemptAt: Date,
        giveUp: Bool,
        in sql: any SQLDatabase
    ) async throws {
        let status = giveUp ? OutboxStatus.failed : .pending
        try await sql.raw(
            """
            UPDATE mail_outbox SET status = \(bind: status.rawValue), attempts = attempts + 1,
                next_attempt_at = \(bind: Timestamp.format(nextAttemptAt)), last_error = \(bind: String(error.prefix(500)))
            WHERE id = \(bind: id)
            """
        ).run()
    }

    /// Deletes the messages about some references (registrants' data erased with them); returns how many.
    public static func delete(referenceIDs: [String], in sql: any SQLDatabase) async throws -> Int {
        guard !referenceIDs.isEmpty else { return 0 }
        let rows = try await sql.raw(
            """
            DELETE FROM mail_outbox WHERE reference_id IN (\(binds: referenceIDs)) RETURNING id
            """
        ).all()
        return rows.count
    }

    static func record(_ row: any SQLRow) throws -> OutboxMessage? {
        let stored = try JSONDecoder().decode(
            [StoredBlock].self,
            from: Data(try row.decode(column: "body_blocks", as: String.self).utf8)
        )
        guard
            let to = MailAddress(
                try row.decode(column: "recipient", as: String.self),
                name: try row.decode(column: "recipient_name", as: String?.self)
            ),
            let status = OutboxStatus(rawValue: try row.decode(column: "status", as: String.self))
        else { return nil }
        return OutboxMessage(
            id: try row.decode(column: "id", as: String.self),
            purpose: try row.decode(column: "purpose", as: String.self),
            referenceID: try row.decode(column: "reference_id", as: String?.self),
            message: MailMessage(
                to: to,
                subject: try row.decode(column: "subject", as: String.self),
                blocks: stored.map(\.block)
            ),
            status: status,
            attempts: try row.decode(column: "attempts", as: Int.self),
            nextAttemptAt: Timestamp.parse(try row.decode(column: "next_attempt_at", as: String.self)) ?? .distantPast,
            lastError: try row.decode(column: "last_error", as: String?.self)
        )
    }
}

/// A body block as stored in `body_blocks` (JSON), so that both parts are rendered again identically at delivery.
struct StoredBlock: Codable {
    let text: String
    let url: String?

    init(_ block: MailMessage.Block) {
        switch block {
        case .paragraph(let text): (self.text, self.url) = (text, nil)
        case .link(let label, let url): (self.text, self.url) = (label, url)
        }
    }

    var block: MailMessage.Block { url.map { .link(label: text, url: $0) } ?? .paragraph(text) }
}
