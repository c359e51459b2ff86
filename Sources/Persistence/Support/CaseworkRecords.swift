import Domain
import Foundation
import SQLKit

/// A contact recorded in a household file.
public struct ContactRecord: Sendable, Equatable {
    public let id: String
    public let day: CalendarDay
    public let mode: String
    public let minutes: Int
    public let attendees: String
    public let note: String
    /// The name of whoever wrote the contact.
    public let author: String
    /// The account that wrote the contact (who may correct its note, with the operator's managers).
    public let authorID: String
    /// Incremented by each correction of the note.
    public let revision: Int
    /// When the note was last corrected, and by whom (their name).
    public let correctedAt: Date?
    public let correctedBy: String?
}

/// An exit recorded in a household file.
public struct ExitRecord: Sendable, Equatable {
    public let day: CalendarDay
    public let reason: String
    public let housing: String
    public let activity: String
    public let positive: Bool
}

/// The support milestones of a household.
public struct SupportMilestones: Sendable, Equatable {
    public let welcomeInterview: CalendarDay?
    public let contractSigned: CalendarDay?

    public init(welcomeInterview: CalendarDay?, contractSigned: CalendarDay?) {
        self.welcomeInterview = welcomeInterview
        self.contractSigned = contractSigned
    }
}

/// SQL for the support itself: milestones, contacts, exit.
public enum CaseworkRecords {
    /// The welcome interview and commitment contract dates.
    public static func milestones(householdID: String, in sql: any SQLDatabase) async throws -> SupportMilestones {
        let row = try await sql.raw(
            "SELECT welcome_interview_on, contract_signed_on FROM households WHERE id = \(bind: householdID)"
        ).first()
        return SupportMilestones(
            welcomeInterview: try row?.decode(column: "welcome_interview_on", as: String?.self).flatMap(
                CalendarDay.init(iso:)
            ),
            contractSigned: try row?.decode(column: "contract_signed_on", as: String?.self).flatMap(
                CalendarDay.init(iso:)
            )
        )
    }

    /// Records the welcome interview: the household enters AGIR support that day.
    public static func setWelcomeInterview(
        _ day: CalendarDay,
        householdID: String,
        in sql: any SQLDatabase
    ) async throws {
        try await sql.raw(
            "UPDATE households SET welcome_interview_on = \(bind: day.iso), last_contact_on = \(bind: day.iso) WHERE id = \(bind: householdID)"
        ).run()
        // The delay from the referral, kept for the indicators' median (days counted in Swift on both engines).
        let referral = try await sql.raw("SELECT referral_date FROM households WHERE id = \(bind: householdID)")
            .first()?
            .decode(column: "referral_date", as: String?.self).flatMap(CalendarDay.init(iso:))
        try await sql.raw(
            """
            UPDATE households SET welcome_delay_days = \(bind: referral.map { day.daysSinceEpoch - $0.daysSinceEpoch })
            WHERE id = \(bind: householdID)
            """
        ).run()
    }

    /// Records the signature of the commitment contract.
    public static func setContractSigned(_ day: CalendarDay, householdID: String, in sql: any SQLDatabase) async throws
    {
        try await sql.raw("UPDATE households SET contract_signed_on = \(bind: day.iso) WHERE id = \(bind: householdID)")
            .run()
    }

    /// Adds a contact and moves the household's last contact date forward.
    public static func insertContact(
        id: String,
        householdID: String,
        day: CalendarDay,
        mode: String,
        minutes: Int,
        attendees: String,
        note: String,
        accountID: String,
        at now: Date,
        in sql: any SQLDatabase
    ) async throws {
        try await sql.raw(
            """
            INSERT INTO contacts (id, household_id, contact_on, mode, minutes, attendees, note, account_id, created_at)
            VALUES (\(bind: id), \(bind: householdID), \(bind: day.iso), \(bind: mode), \(bind: minutes),
                    \(bind: attendees), \(bind: note), \(bind: accountID), \(bind: Timestamp.format(now)))
            """
        ).run()
        try await sql.raw(
            """
            UPDATE households SET last_contact_on = \(bind: day.iso)
            WHERE id = \(bind: householdID) AND (last_contact_on IS NULL OR last_contact_on < \(bind: day.iso))
            """
        ).run()
    }

    /// The contacts of a household, latest first.
    public static func contacts(householdID: String, in sql: any SQLDatabase) async throws -> [ContactRecord] {
        try await sql.raw(
            """
            \(contactSelect) WHERE c.household_id = \(bind: householdID) ORDER BY c.contact_on DESC, c.created_at DESC
            """
        ).all().map(contact)
    }

    static let contactSelect: SQLQueryString = """
        SELECT c.id, c.household_id, c.contact_on, c.mode, c.minutes, c.attendees, c.note, c.account_id, c.revision,
            c.corrected_at, c.corrected_by, a.display_name, k.display_name AS corrector_name
        FROM contacts c JOIN accounts a ON a.id = c.account_id LEFT JOIN accounts k ON k.id = c.corrected_by
        """

    static func contact(_ row: any SQLRow) throws -> ContactRecord {
        ContactRecord(
            id: try row.decode(column: "id", as: String.self),
            day: CalendarDay(iso: try row.decode(column: "contact_on", as: String.self)) ?? .init(daysSinceEpoch: 0),
            mode: try row.decode(column: "mode", as: String.self),
            minutes: try row.decode(column: "minutes", as: Int.self),
            attendees: try row.decode(column: "attendees", as: String.self),
            note: try row.decode(column: "note", as: String.self),
            author: try row.decode(column: "display_name", as: String.self),
            authorID: try row.decode(column: "account_id", as: String.self),
            revision: try row.decode(column: "revision", as: Int.self),
            correctedAt: try row.decode(column: "corrected_at", as: String?.self).flatMap(Timestamp.parse),
            correctedBy: try row.decode(column: "corrector_name", as: String?.self)
        )
    }

    /// Records the exit and closes the household's support.
    public static func insertExit(
        householdID: String,
        day: CalendarDay,
        reason: String,
        housing: String,
        activity: String,
        positive: Bool,
        accountID: String,
        at now: Date,
        in sql: any SQLDatabase
    ) async throws {
        try await sql.raw(
            """
            INSERT INTO exits (household_id, exit_on, reason, housing, activity, positive, account_id, created_at)
            VALUES (\(bind: householdID), \(bind: day.iso), \(bind: reason), \(bind: housing), \(bind: activity),
                    \(bind: positive), \(bind: accountID), \(bind: Timestamp.format(now)))
            """
        ).run()
        try await sql.raw(
            "UPDATE households SET stage = \(stored: HouseholdStage.exited), exit_on = \(bind: day.iso) WHERE id = \(bind: householdID)"
        ).run()
    }

    /// The exit of a household, if it has left.
    public static func exit(householdID: String, in sql: any SQLDatabase) async throws -> ExitRecord? {
        try await sql.raw(
            "SELECT exit_on, reason, housing, activity, positive FROM exits WHERE household_id = \(bind: householdID)"
        ).first().map { row in
            ExitRecord(
                day: CalendarDay(iso: try row.decode(column: "exit_on", as: String.self)) ?? .init(daysSinceEpoch: 0),
                reason: try row.decode(column: "reason", as: String.self),
                housing: try row.decode(column: "housing", as: String.self),
                activity: try row.decode(column: "activity", as: String.self),
                positive: try row.decode(column: "positive", as: Bool.self)
            )
        }
    }
}
