import Domain
import Foundation
import SQLKit

/// A message of the thread between a person and their caseworker.
public struct SpaceMessage: Sendable, Equatable {
    public let id: String
    public let personID: String
    public let fromPerson: Bool
    /// The agent who wrote it, for the caseworker's replies.
    public let authorName: String?
    public let body: String
    public let sentAt: Date
    public let readAt: Date?
}

/// Unread messages of one person, for the caseworker's home page.
public struct UnreadThread: Sendable, Equatable {
    public let personID: String
    public let personName: String
    public let householdID: String
    public let count: Int
    public let lastSentAt: Date
}

/// SQL for `newcomer_messages`.
public enum NewcomerMessageRecords {
    /// Adds a message.
    public static func insert(
        id: String,
        householdID: String,
        personID: String,
        fromPerson: Bool,
        accountID: String?,
        body: String,
        at now: Date,
        in sql: any SQLDatabase
    ) async throws {
        try await sql.raw(
            """
            INSERT INTO newcomer_messages (id, household_id, person_id, from_person, account_id, body, sent_at)
            VALUES (\(bind: id), \(bind: householdID), \(bind: personID), \(bind: fromPerson), \(bind: accountID),
                    \(bind: body), \(bind: Timestamp.format(now)))
            """
        ).run()
    }

    /// A person's thread, oldest first.
    public static func thread(personID: String, in sql: any SQLDatabase) async throws -> [SpaceMessage] {
        try await sql.raw(
            """
            SELECT m.id, m.person_id, m.from_person, a.display_name, m.body, m.sent_at, m.read_at
            FROM newcomer_messages m LEFT JOIN accounts a ON a.id = m.account_id
            WHERE m.person_id = \(bind: personID) ORDER BY m.sent_at, m.id
            """
        ).all().map { row in
            SpaceMessage(
                id: try row.decode(column: "id", as: String.self),
                personID: try row.decode(column: "person_id", as: String.self),
                fromPerson: try row.decode(column: "from_person", as: Bool.self),
                authorName: try row.decode(column: "display_name", as: String?.self),
                body: try row.decode(column: "body", as: String.self),
                sentAt: Timestamp.parse(try row.decode(column: "sent_at", as: String.self)) ?? .distantPast,
                readAt: try row.decode(column: "read_at", as: String?.self).flatMap(Timestamp.parse)
            )
        }
    }

    /// Marks as read the messages of a thread written by the other side.
    public static func markRead(
        personID: String,
        writtenByPerson: Bool,
        at now: Date,
        in sql: any SQLDatabase
    ) async throws {
        try await sql.raw(
            """
            UPDATE newcomer_messages SET read_at = \(bind: Timestamp.format(now))
            WHERE person_id = \(bind: personID) AND from_person = \(bind: writtenByPerson) AND read_at IS NULL
            """
        ).run()
    }

    /// Threads with messages from persons not yet read, in the households a caseworker follows.
    public static func unread(caseworkerID: String, in sql: any SQLDatabase) async throws -> [UnreadThread] {
        try await unread(where: "h.caseworker_account_id = \(bind: caseworkerID)", in: sql)
    }

    /// Threads with unread messages from persons in the households of an operator's départements (managers).
    public static func unread(
        operatorID: String,
        in sql: any SQLDatabase
    ) async throws -> [UnreadThread] {
        try await unread(where: "h.operator_organisation_id = \(bind: operatorID)", in: sql)
    }

    static func unread(where condition: SQLQueryString, in sql: any SQLDatabase) async throws -> [UnreadThread] {
        let query: SQLQueryString =
            """
            SELECT m.person_id, p.document_names, m.household_id, COUNT(*) AS n, MAX(m.sent_at) AS last_sent
            FROM newcomer_messages m
            JOIN households h ON h.id = m.household_id
            JOIN persons p ON p.id = m.person_id
            WHERE m.from_person = \(bind: true) AND m.read_at IS NULL AND
            """ + " " + condition + " GROUP BY m.person_id, p.document_names, m.household_id ORDER BY last_sent DESC"
        return try await sql.raw(query).all().map { row in
            UnreadThread(
                personID: try row.decode(column: "person_id", as: String.self),
                personName: try row.decode(column: "document_names", as: String.self),
                householdID: try row.decode(column: "household_id", as: String.self),
                count: try row.decode(column: "n", as: Int.self),
                lastSentAt: Timestamp.parse(try row.decode(column: "last_sent", as: String.self)) ?? .distantPast
            )
        }
    }

    /// How many messages of each person of a household wait for the caseworker.
    public static func unreadCounts(householdID: String, in sql: any SQLDatabase) async throws -> [String: Int] {
        var counts: [String: Int] = [:]
        for row in try await sql.raw(
            """
            SELECT person_id, COUNT(*) AS n FROM newcomer_messages
            WHERE household_id = \(bind: householdID) AND from_person = \(bind: true) AND read_at IS NULL
            GROUP BY person_id
            """
        ).all() {
            counts[try row.decode(column: "person_id", as: String.self)] = try row.decode(column: "n", as: Int.self)
        }
        return counts
    }
}
