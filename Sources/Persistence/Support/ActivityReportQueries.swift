import Domain
import SQLKit

/// The raw facts of an operator's activity that the monthly report counts.
public struct ActivityFacts: Sendable, Equatable {
    /// A referral: when it came, and when and how it was decided.
    public struct Referral: Sendable, Equatable {
        public let referralDate: CalendarDay
        public let status: ReferralStatus
        public let decidedOn: CalendarDay?
    }

    /// A household accepted by the operator, with its milestones.
    public struct Household: Sendable, Equatable {
        public let referralDate: CalendarDay?
        public let cirSignatureDate: CalendarDay?
        public let welcomeInterview: CalendarDay?
        public let contractSigned: CalendarDay?
        public let exitDay: CalendarDay?
        public let exitReason: String?
        public let positiveExit: Bool?
    }

    public let referrals: [Referral]
    public let households: [Household]
    public let contactDays: [CalendarDay]

    public init(referrals: [Referral], households: [Household], contactDays: [CalendarDay]) {
        self.referrals = referrals
        self.households = households
        self.contactDays = contactDays
    }
}

/// Reads an operator's activity facts up to a given day.
public enum ActivityReportQueries {
    public static func facts(
        organisationID: String,
        until end: CalendarDay,
        in sql: any SQLDatabase
    ) async throws
        -> ActivityFacts
    {
        let referrals = try await sql.raw(
            """
            SELECT r.referral_date, r.status, r.decided_at, h.departement_code FROM referrals r
            JOIN households h ON h.id = r.household_id
            WHERE r.operator_organisation_id = \(bind: organisationID) AND r.referral_date <= \(bind: end.iso)
            """
        ).all().map { row in
            // A decision counts on the département's local day, not UTC's (23:30 on 31 May is May, in Paris).
            let zone = LocalTime.departement(try row.decode(column: "departement_code", as: String.self))
            return ActivityFacts.Referral(
                referralDate: CalendarDay(iso: try row.decode(column: "referral_date", as: String.self)) ?? end,
                status: ReferralStatus(rawValue: try row.decode(column: "status", as: String.self)) ?? .pending,
                decidedOn: try row.decode(column: "decided_at", as: String?.self).flatMap(Timestamp.parse).map {
                    zone.day(of: $0)
                }
            )
        }
        let households = try await sql.raw(
            """
            SELECT r.referral_date, p.cir_signed_on, h.welcome_interview_on, h.contract_signed_on,
                   e.exit_on, e.reason, e.positive
            FROM households h
            JOIN persons p ON p.household_id = h.id AND p.is_reference = \(bind: true)
            LEFT JOIN referrals r ON r.household_id = h.id
            LEFT JOIN exits e ON e.household_id = h.id
            WHERE h.operator_organisation_id = \(bind: organisationID) AND h.welcome_interview_on IS NOT NULL
            """
        ).all().map { row in
            ActivityFacts.Household(
                referralDate: try row.decode(column: "referral_date", as: String?.self).flatMap(CalendarDay.init(iso:)),
                cirSignatureDate: try row.decode(column: "cir_signed_on", as: String?.self).flatMap(
                    CalendarDay.init(iso:)
                ),
                welcomeInterview: try row.decode(column: "welcome_interview_on", as: String?.self).flatMap(
                    CalendarDay.init(iso:)
                ),
                contractSigned: try row.decode(column: "contract_signed_on", as: String?.self).flatMap(
                    CalendarDay.init(iso:)
                ),
                exitDay: try row.decode(column: "exit_on", as: String?.self).flatMap(CalendarDay.init(iso:)),
                exitReason: try row.decode(column: "reason", as: String?.self),
                positiveExit: try row.decode(column: "positive", as: Bool?.self)
            )
        }
        let contactDays = try await sql.raw(
            """
            SELECT c.contact_on FROM contacts c JOIN households h ON h.id = c.household_id
            WHERE h.operator_organisation_id = \(bind: organisationID) AND c.contact_on <= \(bind: end.iso)
            """
        ).all().compactMap { CalendarDay(iso: try $0.decode(column: "contact_on", as: String.self)) }
        return ActivityFacts(referrals: referrals, households: households, contactDays: contactDays)
    }
}
