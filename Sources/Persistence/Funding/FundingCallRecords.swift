import Domain
import Foundation
import SQLKit

/// A call for projects (appel à projets) of a DREETS or a DDETS, on one budget line.
public struct FundingCallRecord: Sendable, Equatable {
    public let id: String
    public let lineID: String
    public let year: Int
    public let regionCode: String
    /// The département of a DDETS call; empty for a regional (DREETS) call.
    public let departementCode: String
    public let organisationID: String
    public let organisationName: String
    public let content: CallContent
    public let published: Bool
    public let publishedAt: Date?
}

/// What a call says: its text, public, themes, dates, grid and the documents it requires.
public struct CallContent: Sendable, Equatable, Codable {
    public var title: String
    public var body: String
    public var audience: String
    public var tags: [ThematicTag]
    public var opensOn: CalendarDay
    public var closesOn: CalendarDay
    public var criteria: [ScoringCriterion]
    public var documents: [DocumentKind]

    public init(
        title: String,
        body: String,
        audience: String,
        tags: [ThematicTag],
        opensOn: CalendarDay,
        closesOn: CalendarDay,
        criteria: [ScoringCriterion],
        documents: [DocumentKind]
    ) {
        self.title = title
        self.body = body
        self.audience = audience
        self.tags = tags
        self.opensOn = opensOn
        self.closesOn = closesOn
        self.criteria = criteria
        self.documents = documents
    }

    /// Whether applications may be submitted on `today`: from the opening to the closing day, both included.
    public func isOpen(on today: CalendarDay) -> Bool { opensOn <= today && today <= closesOn }
}

/// SQL for calls for projects.
public enum FundingCallRecords {
    /// Adds a call, unpublished.
    public static func insert(
        id: String,
        line: FundingLineRecord,
        organisationID: String,
        _ content: CallContent,
        accountID: String,
        at now: Date,
        in sql: any SQLDatabase
    ) async throws {
        try await sql.raw(
            """
            INSERT INTO funding_calls (id, line_id, year, region_code, departement_code, organisation_id, title, body,
                audience, tags, opens_on, closes_on, criteria, documents, status, published_at, account_id, created_at)
            VALUES (\(bind: id), \(bind: line.id), \(bind: line.year), \(bind: line.regionCode),
                \(bind: line.departementCode), \(bind: organisationID), \(bind: content.title), \(bind: content.body),
                \(bind: content.audience), \(bind: ThematicTag.stored(content.tags)), \(bind: content.opensOn.iso),
                \(bind: content.closesOn.iso), \(bind: try FundingColumns.json(content.criteria)),
                \(bind: content.documents.map(\.rawValue).joined(separator: ",")), 'brouillon', NULL,
                \(bind: accountID), \(bind: Timestamp.format(now)))
            """
        ).run()
    }

    /// Publishes a call: from now on its public page and the open data show it.
    public static func publish(id: String, at now: Date, in sql: any SQLDatabase) async throws {
        try await sql.raw(
            """
            UPDATE funding_calls SET status = 'publie', published_at = \(bind: Timestamp.format(now))
            WHERE id = \(bind: id)
            """
        ).run()
    }

    static let select: SQLQueryString =
        "SELECT c.*, o.name AS organisation_name FROM funding_calls c JOIN organisations o ON o.id = c.organisation_id"

    /// One call; locked on PostgreSQL when `locking`.
    public static func find(
        id: String,
        locking: Bool = false,
        in sql: any SQLDatabase
    ) async throws
        -> FundingCallRecord?
    {
        let lock: SQLQueryString = locking ? sql.lockingRows(of: "c") : ""
        return try await sql.raw(select + " WHERE c.id = \(bind: id)" + lock).first().map(record)
    }

    /// The published calls, latest closing first (the public list and the open data).
    public static func published(in sql: any SQLDatabase) async throws -> [FundingCallRecord] {
        try await sql.raw(select + " WHERE c.status = 'publie' ORDER BY c.closes_on DESC, c.id").all().map(record)
    }

    /// The calls of a territory (a région's, with its départements' when `departement` is nil), latest first.
    public static func calls(
        regionCode: String?,
        departementCode: String?,
        in sql: any SQLDatabase
    ) async throws -> [FundingCallRecord] {
        var query = select + " WHERE 1 = 1"
        if let regionCode { query = query + " AND c.region_code = \(bind: regionCode)" }
        if let departementCode { query = query + " AND c.departement_code = \(bind: departementCode)" }
        return try await sql.raw(query + " ORDER BY c.year DESC, c.closes_on DESC, c.id").all().map(record)
    }

    static func record(_ row: any SQLRow) throws -> FundingCallRecord {
        let publishedAt = try row.decode(column: "published_at", as: String?.self).flatMap(Timestamp.parse)
        let documents = try row.decode(column: "documents", as: String.self)
        return FundingCallRecord(
            id: try row.decode(column: "id", as: String.self),
            lineID: try row.decode(column: "line_id", as: String.self),
            year: try row.decode(column: "year", as: Int.self),
            regionCode: try row.decode(column: "region_code", as: String.self),
            departementCode: try row.decode(column: "departement_code", as: String.self),
            organisationID: try row.decode(column: "organisation_id", as: String.self),
            organisationName: try row.decode(column: "organisation_name", as: String.self),
            content: CallContent(
                title: try row.decode(column: "title", as: String.self),
                body: try row.decode(column: "body", as: String.self),
                audience: try row.decode(column: "audience", as: String.self),
                tags: ThematicTag.list(try row.decode(column: "tags", as: String.self)),
                opensOn: try FundingColumns.day("opens_on", row) ?? CalendarDay.firstOfJanuary(1970),
                closesOn: try FundingColumns.day("closes_on", row) ?? CalendarDay.firstOfJanuary(1970),
                criteria: try FundingColumns.decodeJSON([ScoringCriterion].self, "criteria", row),
                documents: documents.split(separator: ",").compactMap { DocumentKind(rawValue: String($0)) }
            ),
            published: try row.decode(column: "status", as: String.self) == "publie",
            publishedAt: publishedAt
        )
    }
}
