import Domain
import Foundation
import SQLKit

/// SQL for applications, their frozen submissions and their public numbers.
public enum FundingApplicationRecords {
    /// Adds a draft.
    public static func insertDraft(
        id: String,
        call: FundingCallRecord,
        organisationID: String,
        values: [String: String],
        at now: Date,
        in sql: any SQLDatabase
    ) async throws {
        let summary = ApplicationSummary(values: values, callYear: call.year)
        let stamp = Timestamp.format(now)
        try await sql.raw(
            """
            INSERT INTO funding_applications (id, call_id, organisation_id, region_code, departement_code, status,
                version, content, submissions, title, siret, tags, requested_cents, expected_people, starts_on, fy_end,
                convention_required, created_at, updated_at)
            VALUES (\(bind: id), \(bind: call.id), \(bind: organisationID), \(bind: call.regionCode),
                \(bind: call.departementCode), 'brouillon', 1, \(bind: try FundingColumns.json(values)), 0,
                \(bind: summary.title), \(bind: summary.siret), \(bind: ThematicTag.stored(summary.tags)),
                \(bind: summary.plan.total.cents), \(bind: summary.expectedPeople), \(bind: summary.startsOn?.iso),
                \(bind: Self.financialYearEnd(summary)), FALSE, \(bind: stamp), \(bind: stamp))
            """
        ).run()
    }

    /// Replaces a draft's content and key figures, and moves its version on.
    public static func saveDraft(
        id: String,
        values: [String: String],
        callYear: Int,
        at now: Date,
        in sql: any SQLDatabase
    ) async throws {
        let summary = ApplicationSummary(values: values, callYear: callYear)
        try await sql.raw(
            """
            UPDATE funding_applications SET content = \(bind: try FundingColumns.json(values)),
                title = \(bind: summary.title), siret = \(bind: summary.siret),
                tags = \(bind: ThematicTag.stored(summary.tags)), requested_cents = \(bind: summary.plan.total.cents),
                expected_people = \(bind: summary.expectedPeople), starts_on = \(bind: summary.startsOn?.iso),
                fy_end = \(bind: Self.financialYearEnd(summary)), version = version + 1,
                updated_at = \(bind: Timestamp.format(now))
            WHERE id = \(bind: id)
            """
        ).run()
    }

    static func financialYearEnd(_ summary: ApplicationSummary) -> String {
        MonthDay.format(day: summary.financialYearEnd.day, month: summary.financialYearEnd.month)
    }

    /// Freezes the current content as a numbered version and marks the application submitted.
    public static func submit(
        id: String,
        submissionID: String,
        number: String,
        version: Int,
        values: [String: String],
        accountID: String,
        at now: Date,
        in sql: any SQLDatabase
    ) async throws {
        let stamp = Timestamp.format(now)
        try await sql.raw(
            """
            INSERT INTO funding_submissions (id, application_id, version, number, content, submitted_at, account_id)
            VALUES (\(bind: submissionID), \(bind: id), \(bind: version), \(bind: number),
                \(bind: try FundingColumns.json(values)), \(bind: stamp), \(bind: accountID))
            """
        ).run()
        try await sql.raw(
            """
            UPDATE funding_applications SET status = 'deposee', number = \(bind: number), submissions = \(bind: version),
                submitted_at = \(bind: stamp), version = version + 1, updated_at = \(bind: stamp)
            WHERE id = \(bind: id)
            """
        ).run()
    }

    /// The next value of a named counter, e.g. the sequence of public numbers of a year and territory. The counter's
    /// row is locked on PostgreSQL until the transaction ends, so two submissions never get the same number.
    public static func nextNumber(counter: String, in sql: any SQLDatabase) async throws -> Int {
        // Created at zero if absent (a concurrent first use waits on the row instead of failing), then locked.
        try await sql.raw(
            "INSERT INTO funding_counters (name, value) VALUES (\(bind: counter), 0) ON CONFLICT (name) DO NOTHING"
        ).run()
        let row = try await sql.raw(
            "SELECT value FROM funding_counters WHERE name = \(bind: counter)" + sql.lockingRows()
        ).first()
        let next = (try row?.decode(column: "value", as: Int.self) ?? 0) + 1
        try await sql.raw("UPDATE funding_counters SET value = \(bind: next) WHERE name = \(bind: counter)").run()
        return next
    }

    static let select: SQLQueryString = """
        SELECT a.*, c.title AS call_title, c.year AS call_year, o.name AS organisation_name
        FROM funding_applications a JOIN funding_calls c ON c.id = a.call_id
        JOIN organisations o ON o.id = a.organisation_id
        """

    /// One application; its row locked on PostgreSQL when `locking`.
    public static func find(
        id: String,
        locking: Bool = false,
        in sql: any SQLDatabase
    ) async throws
        -> FundingApplicationRow?
    {
        let lock: SQLQueryString = locking ? sql.lockingRows(of: "a") : ""
        return try await sql.raw(select + " WHERE a.id = \(bind: id)" + lock).first().map(row)
    }

    /// The application with this public number.
    public static func find(number: String, in sql: any SQLDatabase) async throws -> FundingApplicationRow? {
        try await sql.raw(select + " WHERE a.number = \(bind: number)").first().map(row)
    }

    /// An organisation's applications, latest first.
    public static func ofOrganisation(
        _ organisationID: String,
        in sql: any SQLDatabase
    ) async throws
        -> [FundingApplicationRow]
    {
        try await sql.raw(
            select + " WHERE a.organisation_id = \(bind: organisationID) ORDER BY c.year DESC, a.created_at DESC, a.id"
        ).all().map(row)
    }

    /// A call's applications past the draft stage, by number.
    public static func ofCall(_ callID: String, in sql: any SQLDatabase) async throws -> [FundingApplicationRow] {
        try await sql.raw(
            select + " WHERE a.call_id = \(bind: callID) AND a.status <> 'brouillon' ORDER BY a.number, a.id"
        ).all().map(row)
    }

    /// Every submitted application of an organisation's SIRET, in every year and département, latest first.
    public static func ofSiret(_ siret: String, in sql: any SQLDatabase) async throws -> [FundingApplicationRow] {
        try await sql.raw(
            select + " WHERE a.siret = \(bind: siret) AND a.status <> 'brouillon' ORDER BY c.year DESC, a.number"
        ).all().map(row)
    }

    /// The frozen versions of an application, first first.
    public static func submissions(of id: String, in sql: any SQLDatabase) async throws -> [FundingSubmission] {
        try await sql.raw(
            "SELECT * FROM funding_submissions WHERE application_id = \(bind: id) ORDER BY version"
        ).all().map(FundingSubmission.init(row:))
    }

    /// One frozen version.
    public static func submission(id: String, in sql: any SQLDatabase) async throws -> FundingSubmission? {
        try await sql.raw("SELECT * FROM funding_submissions WHERE id = \(bind: id)").first().map(
            FundingSubmission.init(row:)
        )
    }

    static func row(_ row: any SQLRow) throws -> FundingApplicationRow {
        FundingApplicationRow(
            application: try record(row),
            callTitle: try row.decode(column: "call_title", as: String.self),
            callYear: try row.decode(column: "call_year", as: Int.self),
            organisationName: try row.decode(column: "organisation_name", as: String.self)
        )
    }

    static func record(_ row: any SQLRow) throws -> FundingApplicationRecord {
        let granted = try row.decode(column: "granted_years", as: String?.self)
            .map { try JSONDecoder().decode([Int].self, from: Data($0.utf8)).map(Money.init(cents:)) }
        let marks = try row.decode(column: "marks", as: String?.self)
            .map { try JSONDecoder().decode([Int].self, from: Data($0.utf8)) }
        return FundingApplicationRecord(
            id: try row.decode(column: "id", as: String.self),
            callID: try row.decode(column: "call_id", as: String.self),
            organisationID: try row.decode(column: "organisation_id", as: String.self),
            regionCode: try row.decode(column: "region_code", as: String.self),
            departementCode: try row.decode(column: "departement_code", as: String.self),
            status: try FundingColumns.value(ApplicationStatus.self, "status", row),
            version: try row.decode(column: "version", as: Int.self),
            values: try FundingColumns.decodeJSON([String: String].self, "content", row),
            number: try row.decode(column: "number", as: String?.self),
            submissions: try row.decode(column: "submissions", as: Int.self),
            submittedAt: try row.decode(column: "submitted_at", as: String?.self).flatMap(Timestamp.parse),
            title: try row.decode(column: "title", as: String.self),
            siret: try row.decode(column: "siret", as: String?.self),
            tags: ThematicTag.list(try row.decode(column: "tags", as: String.self)),
            requested: Money(cents: try row.decode(column: "requested_cents", as: Int.self)),
            expectedPeople: try row.decode(column: "expected_people", as: Int?.self),
            startsOn: try FundingColumns.day("starts_on", row),
            financialYearEnd: try row.decode(column: "fy_end", as: String.self),
            marks: marks,
            score: try row.decode(column: "score", as: Int?.self),
            opinion: try row.decode(column: "opinion", as: String?.self),
            committeeID: try row.decode(column: "committee_id", as: String?.self),
            grantedYears: granted,
            refusalReason: try row.decode(column: "refusal_reason", as: String?.self),
            decidedOn: try FundingColumns.day("decided_on", row),
            overrideReason: try row.decode(column: "override_reason", as: String?.self),
            conventionRequired: try row.decode(column: "convention_required", as: Bool?.self) ?? false,
            conventionSignedOn: try FundingColumns.day("convention_signed_on", row),
            conventionReference: try row.decode(column: "convention_reference", as: String?.self)
        )
    }
}

/// A frozen, numbered version of an application, never edited again.
public struct FundingSubmission: Sendable {
    public let id: String
    public let applicationID: String
    public let version: Int
    public let number: String
    public let values: [String: String]
    public let submittedAt: Date?

    init(row: any SQLRow) throws {
        id = try row.decode(column: "id", as: String.self)
        applicationID = try row.decode(column: "application_id", as: String.self)
        version = try row.decode(column: "version", as: Int.self)
        number = try row.decode(column: "number", as: String.self)
        values = try FundingColumns.decodeJSON([String: String].self, "content", row)
        submittedAt = Timestamp.parse(try row.decode(column: "submitted_at", as: String.self))
    }
}
