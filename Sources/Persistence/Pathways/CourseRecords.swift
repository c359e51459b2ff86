import Domain
import Foundation
import SQLKit

/// A stored course with its provider's name and how many seats are taken and how many people wait.
public struct CourseRecord: Sendable, Equatable {
    public let id: String
    public let organisationID: String
    public let providerName: String
    public let departement: String
    public let course: CourseInput.Valid
    public let seatsTaken: Int
    public let waiting: Int

    /// Seats still free.
    public var seatsLeft: Int { max(0, course.seats - seatsTaken) }
}

/// A person's place in a course, as the provider and the caseworker see it.
public struct EnrolmentRecord: Sendable, Equatable {
    public let id: String
    public let courseID: String
    public let courseTitle: String
    public let providerName: String
    public let personID: String
    public let personName: String
    public let status: EnrolmentStatus
    public let requestedOn: CalendarDay
    public let attendedHours: Int
    public let resultLevel: CEFRLevel?
}

/// SQL for courses and enrolments.
public enum CourseRecords {
    /// Adds a course.
    public static func insert(
        id: String,
        organisationID: String,
        departement: String,
        _ course: CourseInput.Valid,
        accountID: String,
        at now: Date,
        in sql: any SQLDatabase
    ) async throws {
        try await sql.raw(
            """
            INSERT INTO courses (id, organisation_id, departement_code, title, target_level, hours, slot, schedule,
                commune_code, qpv_code, seats, starts_on, ends_on, job_oriented, account_id, created_at)
            VALUES (\(bind: id), \(bind: organisationID), \(bind: departement), \(bind: course.title),
                \(bind: course.targetLevel.rawValue), \(bind: course.hours), \(bind: course.slot.rawValue),
                \(bind: course.schedule), \(bind: course.communeCode), \(bind: course.qpvCode), \(bind: course.seats),
                \(bind: course.startsOn.iso), \(bind: course.endsOn.iso), \(bind: course.jobOriented),
                \(bind: accountID), \(bind: Timestamp.format(now)))
            """
        ).run()
    }

    static let select: SQLQueryString = """
        SELECT c.*, o.name AS provider_name,
            (SELECT COUNT(*) FROM course_enrolments e WHERE e.course_id = c.id
                AND e.status IN ('inscrit', 'termine')) AS seats_taken,
            (SELECT COUNT(*) FROM course_enrolments e WHERE e.course_id = c.id AND e.status = 'attente') AS waiting
        FROM courses c JOIN organisations o ON o.id = c.organisation_id
        """

    /// Locks a course's row until the end of the transaction (PostgreSQL), so that seats are counted and taken by
    /// one transaction at a time; does nothing on SQLite, whose writes already take turns.
    public static func lock(id: String, in sql: any SQLDatabase) async throws {
        guard sql.locksRows else { return }
        _ = try await sql.raw("SELECT c.id FROM courses c WHERE c.id = \(bind: id)" + sql.lockingRows(of: "c")).first()
    }

    /// One course.
    public static func find(id: String, in sql: any SQLDatabase) async throws -> CourseRecord? {
        try await sql.raw(select + " WHERE c.id = \(bind: id)").first().flatMap(record)
    }

    /// A provider's courses, latest start first.
    public static func courses(organisationID: String, in sql: any SQLDatabase) async throws -> [CourseRecord] {
        try await sql.raw(
            select + " WHERE c.organisation_id = \(bind: organisationID) ORDER BY c.starts_on DESC, c.id"
        ).all().compactMap(record)
    }

    /// The courses of a département not yet over on `today`, earliest start first.
    public static func open(
        departement: String,
        today: CalendarDay,
        in sql: any SQLDatabase
    ) async throws
        -> [CourseRecord]
    {
        try await sql.raw(
            select
                + " WHERE c.departement_code = \(bind: departement) AND c.ends_on >= \(bind: today.iso)"
                + " ORDER BY c.starts_on, c.id"
        ).all().compactMap(record)
    }

    static func record(_ row: any SQLRow) throws -> CourseRecord? {
        guard
            let level = CEFRLevel(rawValue: try row.decode(column: "target_level", as: String.self)),
            let slot = CourseSlot(rawValue: try row.decode(column: "slot", as: String.self)),
            let start = try SkillColumns.day(row, "starts_on"),
            let end = try SkillColumns.day(row, "ends_on")
        else { return nil }
        return CourseRecord(
            id: try row.decode(column: "id", as: String.self),
            organisationID: try row.decode(column: "organisation_id", as: String.self),
            providerName: try row.decode(column: "provider_name", as: String.self),
            departement: try row.decode(column: "departement_code", as: String.self),
            course: CourseInput.Valid(
                title: try row.decode(column: "title", as: String.self),
                targetLevel: level,
                hours: try row.decode(column: "hours", as: Int.self),
                slot: slot,
                schedule: try row.decode(column: "schedule", as: String.self),
                communeCode: try row.decode(column: "commune_code", as: String.self),
                qpvCode: try row.decode(column: "qpv_code", as: String?.self),
                seats: try row.decode(column: "seats", as: Int.self),
                startsOn: start,
                endsOn: end,
                jobOriented: try row.decode(column: "job_oriented", as: Bool.self)
            ),
            seatsTaken: try row.decode(column: "seats_taken", as: Int.self),
            waiting: try row.decode(column: "waiting", as: Int.self)
        )
    }

    /// Adds a person to a course with the given status.
    public static func enrol(
        id: String,
        courseID: String,
        personID: String,
        status: EnrolmentStatus,
        on day: CalendarDay,
        accountID: String,
        at now: Date,
        in sql: any SQLDatabase
    ) async throws {
        let stamp = Timestamp.format(now)
        try await sql.raw(
            """
            INSERT INTO course_enrolments (id, course_id, person_id, status, requested_on, attended_hours,
                result_level, account_id, created_at, updated_at)
            VALUES (\(bind: id), \(bind: courseID), \(bind: personID), \(bind: status.rawValue), \(bind: day.iso), 0,
                NULL, \(bind: accountID), \(bind: stamp), \(bind: stamp))
            """
        ).run()
    }

    /// Records attendance, status and result of an enrolment.
    public static func update(
        enrolmentID: String,
        status: EnrolmentStatus,
        attendedHours: Int,
        result: CEFRLevel?,
        at now: Date,
        in sql: any SQLDatabase
    ) async throws {
        try await sql.raw(
            """
            UPDATE course_enrolments SET status = \(bind: status.rawValue), attended_hours = \(bind: attendedHours),
                result_level = \(bind: result?.rawValue), updated_at = \(bind: Timestamp.format(now))
            WHERE id = \(bind: enrolmentID)
            """
        ).run()
    }

    static let enrolmentSelect: SQLQueryString = """
        SELECT e.id, e.course_id, e.person_id, e.status, e.requested_on, e.attended_hours, e.result_level,
            c.title, o.name AS provider_name, p.document_names
        FROM course_enrolments e JOIN courses c ON c.id = e.course_id
        JOIN organisations o ON o.id = c.organisation_id JOIN persons p ON p.id = e.person_id
        """

    /// The enrolments of a course: enrolled and finished first, then the waiting list in order of request.
    public static func enrolments(courseID: String, in sql: any SQLDatabase) async throws -> [EnrolmentRecord] {
        try await sql.raw(
            enrolmentSelect + " WHERE e.course_id = \(bind: courseID) ORDER BY e.requested_on, e.created_at, e.id"
        ).all().compactMap(enrolment)
    }

    /// A person's enrolments, latest request first.
    public static func enrolments(personID: String, in sql: any SQLDatabase) async throws -> [EnrolmentRecord] {
        try await sql.raw(
            enrolmentSelect + " WHERE e.person_id = \(bind: personID) ORDER BY e.requested_on DESC, e.id"
        ).all().compactMap(enrolment)
    }

    static func enrolment(_ row: any SQLRow) throws -> EnrolmentRecord? {
        guard
            let status = EnrolmentStatus(rawValue: try row.decode(column: "status", as: String.self)),
            let requested = try SkillColumns.day(row, "requested_on")
        else { return nil }
        return EnrolmentRecord(
            id: try row.decode(column: "id", as: String.self),
            courseID: try row.decode(column: "course_id", as: String.self),
            courseTitle: try row.decode(column: "title", as: String.self),
            providerName: try row.decode(column: "provider_name", as: String.self),
            personID: try row.decode(column: "person_id", as: String.self),
            personName: try row.decode(column: "document_names", as: String.self),
            status: status,
            requestedOn: requested,
            attendedHours: try row.decode(column: "attended_hours", as: Int.self),
            resultLevel: try row.decode(column: "result_level", as: String?.self).flatMap(CEFRLevel.init(rawValue:))
        )
    }
}
