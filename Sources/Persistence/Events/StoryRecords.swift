import Domain
import Foundation
import SQLKit

/// A stored success story with its consent.
public struct StoryRecord: Sendable, Equatable {
    public let id: String
    public let departementCode: String
    public let departementName: String
    public let organisationID: String
    public let organisationName: String
    public let personName: String?
    public let consentOn: CalendarDay
    public let consentScope: ConsentScope
    public let consentPhoto: Bool
    public let consentWithdrawnOn: CalendarDay?
    public let shownName: String
    public let shownNameIsPseudonym: Bool
    public let title: String
    public let body: String
    public let theme: EventTheme
    public let state: StoryState
    public let reviewNote: String?
    public let publishedAt: Date?
}

/// SQL for success stories. The public gallery reads only the fields meant for it, and never a person's identity.
public enum StoryRecords {
    /// Adds a story in draft with its consent.
    public static func insert(
        id: String,
        departement: String,
        organisationID: String,
        accountID: String,
        _ story: StoryInput.Valid,
        shownName: String,
        at now: Date,
        in sql: any SQLDatabase
    ) async throws {
        let stamp = Timestamp.format(now)
        try await sql.raw(
            """
            INSERT INTO success_stories (id, departement_code, organisation_id, author_account_id, person_name,
                consent_on, consent_scope, consent_photo, consent_withdrawn_on, shown_name, shown_name_is_pseudonym,
                title, body, theme, state, review_note, created_at, updated_at, published_at, withdrawn_at)
            VALUES (\(bind: id), \(bind: departement), \(bind: organisationID), \(bind: accountID),
                \(bind: story.personName), \(bind: story.consentOn.iso), \(bind: story.consentScope.rawValue),
                \(bind: story.consentPhoto), NULL, \(bind: shownName), \(bind: story.shownNameIsPseudonym),
                \(bind: story.title), \(bind: story.body), \(bind: story.theme.rawValue),
                \(bind: StoryState.draft.rawValue), NULL, \(bind: stamp), \(bind: stamp), NULL, NULL)
            """
        ).run()
    }

    /// Replaces a draft's consent and text.
    public static func update(
        id: String,
        _ story: StoryInput.Valid,
        shownName: String,
        at now: Date,
        in sql: any SQLDatabase
    ) async throws {
        try await sql.raw(
            """
            UPDATE success_stories SET person_name = \(bind: story.personName), consent_on = \(bind: story.consentOn.iso),
                consent_scope = \(bind: story.consentScope.rawValue), consent_photo = \(bind: story.consentPhoto),
                shown_name = \(bind: shownName), shown_name_is_pseudonym = \(bind: story.shownNameIsPseudonym),
                title = \(bind: story.title), body = \(bind: story.body), theme = \(bind: story.theme.rawValue),
                updated_at = \(bind: Timestamp.format(now))
            WHERE id = \(bind: id)
            """
        ).run()
    }

    /// Changes a story's state (and the note shown to its author).
    public static func setState(
        id: String,
        _ state: StoryState,
        reviewNote: String?,
        at now: Date,
        in sql: any SQLDatabase
    ) async throws {
        let stamp = Timestamp.format(now)
        try await sql.raw(
            """
            UPDATE success_stories SET state = \(bind: state.rawValue), review_note = \(bind: reviewNote),
                updated_at = \(bind: stamp),
                published_at = CASE WHEN \(bind: state.rawValue) = 'publie' THEN \(bind: stamp) ELSE NULL END
            WHERE id = \(bind: id)
            """
        ).run()
    }

    /// Records the withdrawal of consent: the story leaves the gallery and its text and the person's name are erased,
    /// since nothing may be done with them any more.
    public static func withdraw(id: String, on day: CalendarDay, at now: Date, in sql: any SQLDatabase) async throws {
        let stamp = Timestamp.format(now)
        try await sql.raw(
            """
            UPDATE success_stories SET state = \(bind: StoryState.withdrawn.rawValue),
                consent_withdrawn_on = \(bind: day.iso), person_name = NULL, body = '', shown_name = '',
                published_at = NULL, withdrawn_at = \(bind: stamp), updated_at = \(bind: stamp)
            WHERE id = \(bind: id)
            """
        ).run()
    }

    /// Locks the story row until the end of the transaction (PostgreSQL).
    public static func lock(id: String, in sql: any SQLDatabase) async throws {
        guard sql.locksRows else { return }
        _ = try await sql.raw("SELECT id FROM success_stories WHERE id = \(bind: id)" + sql.lockingRows()).all()
    }

    static let select: SQLQueryString = """
        SELECT s.*, d.name AS departement_name, o.name AS organisation_name FROM success_stories s
        JOIN departements d ON d.code = s.departement_code JOIN organisations o ON o.id = s.organisation_id
        """

    /// One story.
    public static func find(id: String, in sql: any SQLDatabase) async throws -> StoryRecord? {
        try await sql.raw(select + " WHERE s.id = \(bind: id)").first().flatMap(record)
    }

    /// The stories of an organisation, or of some départements, latest first.
    public static func stories(
        organisationID: String?,
        departements: [String]?,
        in sql: any SQLDatabase
    )
        async throws -> [StoryRecord]
    {
        var condition: SQLQueryString = "1 = 1"
        if let organisationID { condition = condition + " AND s.organisation_id = \(bind: organisationID)" }
        if let departements { condition = condition + " AND s.departement_code IN (\(binds: departements + [""]))" }
        return try await sql.raw(select + " WHERE " + condition + " ORDER BY s.created_at DESC, s.id").all().compactMap(
            record
        )
    }

    /// The published stories, latest first.
    public static func published(in sql: any SQLDatabase) async throws -> [StoryRecord] {
        try await sql.raw(select + " WHERE s.state = 'publie' ORDER BY s.published_at DESC, s.id").all().compactMap(
            record
        )
    }

    static func record(_ row: any SQLRow) throws -> StoryRecord? {
        guard let consentOn = CalendarDay(iso: try row.decode(column: "consent_on", as: String.self)),
            let scope = ConsentScope(rawValue: try row.decode(column: "consent_scope", as: String.self)),
            let theme = EventTheme(rawValue: try row.decode(column: "theme", as: String.self)),
            let state = StoryState(rawValue: try row.decode(column: "state", as: String.self))
        else { return nil }
        return StoryRecord(
            id: try row.decode(column: "id", as: String.self),
            departementCode: try row.decode(column: "departement_code", as: String.self),
            departementName: try row.decode(column: "departement_name", as: String.self),
            organisationID: try row.decode(column: "organisation_id", as: String.self),
            organisationName: try row.decode(column: "organisation_name", as: String.self),
            personName: try row.decode(column: "person_name", as: String?.self),
            consentOn: consentOn,
            consentScope: scope,
            consentPhoto: try row.decode(column: "consent_photo", as: Bool.self),
            consentWithdrawnOn: try row.decode(column: "consent_withdrawn_on", as: String?.self).flatMap(
                CalendarDay.init(iso:)
            ),
            shownName: try row.decode(column: "shown_name", as: String.self),
            shownNameIsPseudonym: try row.decode(column: "shown_name_is_pseudonym", as: Bool.self),
            title: try row.decode(column: "title", as: String.self),
            body: try row.decode(column: "body", as: String.self),
            theme: theme,
            state: state,
            reviewNote: try row.decode(column: "review_note", as: String?.self),
            publishedAt: try row.decode(column: "published_at", as: String?.self).flatMap(Timestamp.parse)
        )
    }
}
