import Domain
import Foundation
import SQLKit

/// A person's details as the household file shows them.
public struct PersonDetails: Sendable, Equatable {
    public let personID: String
    public let languages: String?
    public let phone: String?
    public let email: String?
    public let ofiiDirection: String?
    public let ofpraNumber: String?
    public let cafNumber: String?
    public let franceTravailID: String?
    public let socialSecurityNumber: String?
    public let mergedInto: String?
}

/// A residence title of a person.
public struct ResidenceTitleRecord: Sendable, Equatable {
    public let personID: String
    public let kind: String
    public let validFrom: CalendarDay
    public let validTo: CalendarDay?
}

/// SQL for a person's details and residence titles.
public enum PersonDetailRecords {
    /// The details of the members of a household.
    public static func details(householdID: String, in sql: any SQLDatabase) async throws -> [PersonDetails] {
        try await sql.raw(
            """
            SELECT id, languages, phone, email, ofii_direction, ofpra_number, caf_number, france_travail_id,
                   social_security_number, merged_into
            FROM persons WHERE household_id = \(bind: householdID)
            """
        ).all().map { row in
            PersonDetails(
                personID: try row.decode(column: "id", as: String.self),
                languages: try row.decode(column: "languages", as: String?.self),
                phone: try row.decode(column: "phone", as: String?.self),
                email: try row.decode(column: "email", as: String?.self),
                ofiiDirection: try row.decode(column: "ofii_direction", as: String?.self),
                ofpraNumber: try row.decode(column: "ofpra_number", as: String?.self),
                cafNumber: try row.decode(column: "caf_number", as: String?.self),
                franceTravailID: try row.decode(column: "france_travail_id", as: String?.self),
                socialSecurityNumber: try row.decode(column: "social_security_number", as: String?.self),
                mergedInto: try row.decode(column: "merged_into", as: String?.self)
            )
        }
    }

    /// Replaces a person's details.
    public static func save(_ valid: PersonDetailsInput.Valid, personID: String, in sql: any SQLDatabase) async throws {
        try await sql.raw(
            """
            UPDATE persons SET languages = \(bind: valid.languages), phone = \(bind: valid.phone),
                email = \(bind: valid.email), ofii_direction = \(bind: valid.ofiiDirection),
                ofpra_number = \(bind: valid.ofpraNumber), caf_number = \(bind: valid.cafNumber),
                france_travail_id = \(bind: valid.franceTravailID),
                social_security_number = \(bind: valid.socialSecurityNumber)
            WHERE id = \(bind: personID)
            """
        ).run()
    }

    /// Adds a residence title.
    public static func insertTitle(
        id: String,
        personID: String,
        kind: String,
        from: CalendarDay,
        to: CalendarDay?,
        accountID: String,
        at now: Date,
        in sql: any SQLDatabase
    ) async throws {
        try await sql.raw(
            """
            INSERT INTO residence_titles (id, person_id, kind, valid_from, valid_to, account_id, created_at)
            VALUES (\(bind: id), \(bind: personID), \(bind: kind), \(bind: from.iso), \(bind: to?.iso),
                    \(bind: accountID), \(bind: Timestamp.format(now)))
            """
        ).run()
    }

    /// The residence titles of a household's members, latest first.
    public static func titles(householdID: String, in sql: any SQLDatabase) async throws -> [ResidenceTitleRecord] {
        try await sql.raw(
            """
            SELECT t.person_id, t.kind, t.valid_from, t.valid_to FROM residence_titles t
            JOIN persons p ON p.id = t.person_id
            WHERE p.household_id = \(bind: householdID) ORDER BY t.valid_from DESC, t.id
            """
        ).all().compactMap { row in
            guard let from = CalendarDay(iso: try row.decode(column: "valid_from", as: String.self)) else {
                return nil
            }
            return ResidenceTitleRecord(
                personID: try row.decode(column: "person_id", as: String.self),
                kind: try row.decode(column: "kind", as: String.self),
                validFrom: from,
                validTo: try row.decode(column: "valid_to", as: String?.self).flatMap(CalendarDay.init(iso:))
            )
        }
    }
}
