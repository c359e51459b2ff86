import Domain
import Persistence
import SQLKit

/// What a caseworker or manager must act on soon: new assignments and deadlines within 30 days. Every list is
/// selected and counted in SQL; each shows its first `listed` entries and says how many there are in all.
public struct CaseloadDigest: Sendable {
    /// A deadline of a household, due (or passed) within the window.
    public struct Deadline: Sendable {
        public let household: HouseholdSummary
        public let label: String
        public let due: CalendarDay
        public let status: DeadlineStatus
    }

    /// How many entries each list shows; the page links to the caseload for the rest.
    public static let listed = 50

    /// Households assigned but not yet welcomed, oldest referral first.
    public let newAssignments: [HouseholdSummary]
    public let newAssignmentCount: Int
    /// Households in support without a caseworker (received by transfer), for managers to assign.
    public let unassigned: [HouseholdSummary]
    public let unassignedCount: Int
    /// Deadlines within 30 days or passed, soonest first.
    public let deadlines: [Deadline]
    public let deadlineCount: Int
    /// The actor's appointments of today.
    public let todayAppointments: [AppointmentRecord]
    /// Open plan actions past their due date, with their household.
    public let overdueActions: [(household: HouseholdSummary, action: PlanAction)]
    public let overdueActionCount: Int

    /// The digest of the households the actor follows (theirs for a caseworker, the organisation's for a manager).
    public static func load(environment: ServiceEnvironment, actor: AccountSummary) async throws -> CaseloadDigest {
        guard OperatorStaff().admits(actor.role) else { throw DomainError.forbidden }
        let mine = actor.role == .referent
        let today = environment.time.today(for: actor)
        let horizon = SupportDeadlines.remindedDueDates(today: today).upperBound
        return try await environment.database.read { sql in
            let find = { (condition: SQLQueryString, order: SQLQueryString) in
                try await CaseloadDigestQueries.households(
                    viewer: actor,
                    mine: mine,
                    where: condition,
                    order: order,
                    limit: listed,
                    in: sql
                )
            }
            let assignments = try await find(
                "h.welcome_interview_on IS NULL AND h.caseworker_account_id IS NOT NULL",
                "h.referral_date, h.id"
            )
            let unassigned = try await find("h.caseworker_account_id IS NULL", "h.referral_date, h.id")
            var deadlines: [Deadline] = []
            var count = 0
            let contracts = try await find(
                "h.contract_signed_on IS NULL AND h.contract_due_on <= \(bind: horizon.iso)",
                "h.contract_due_on, h.id"
            )
            count += contracts.total
            deadlines += contracts.households.compactMap { household in
                household.cirSignatureDate.map {
                    deadline(
                        household,
                        "Contrat d'engagement",
                        SupportDeadlines.commitmentContractDue(cirSignature: $0)
                    )
                }
            }
            for (index, window) in DeadlineWindows.sixMonthSnapshots(from: today, to: horizon).enumerated() {
                let months = SnapshotSchedule.intervalMonths * (index + 1)
                let found = try await find(
                    """
                    h.welcome_interview_on >= \(bind: window.lowerBound.iso)
                    AND h.welcome_interview_on <= \(bind: window.upperBound.iso)
                    """,
                    "h.welcome_interview_on, h.id"
                )
                count += found.total
                deadlines += found.households.compactMap { household in
                    household.welcomeInterview.map {
                        deadline(
                            household,
                            "Point de situation : situation à \(months) mois",
                            $0.adding(months: months)
                        )
                    }
                }
            }
            let ended = try await find(
                "h.welcome_interview_on <= \(bind: DeadlineWindows.supportEnded(onOrBefore: horizon).iso)",
                "h.welcome_interview_on, h.id"
            )
            count += ended.total
            deadlines += ended.households.compactMap { household in
                household.welcomeInterview.map {
                    deadline(household, "Fin des 24 mois d'accompagnement", SupportDeadlines.supportEnds(entry: $0))
                }
            }
            let late = try await CaseloadDigestQueries.overdueActions(
                viewer: actor,
                mine: mine,
                before: today,
                limit: listed,
                in: sql
            )
            let zone = LocalTime.of(actor)
            let appointments = try await AppointmentRecords.upcoming(
                accountID: actor.id,
                from: zone.instant(day: today, hour: 0, minute: 0),
                until: zone.instant(day: today.adding(days: 1), hour: 0, minute: 0),
                in: sql
            )
            return CaseloadDigest(
                newAssignments: assignments.households,
                newAssignmentCount: assignments.total,
                unassigned: unassigned.households,
                unassignedCount: unassigned.total,
                deadlines: Array(
                    deadlines.sorted { ($0.due, $0.household.id) < ($1.due, $1.household.id) }.prefix(listed)
                ),
                deadlineCount: count,
                todayAppointments: appointments,
                overdueActions: late.actions,
                overdueActionCount: late.total
            )
        }

        func deadline(_ household: HouseholdSummary, _ label: String, _ due: CalendarDay) -> Deadline {
            // Late or not is judged on the household's own day.
            let local = environment.time.today(inDepartement: household.departement)
            return Deadline(
                household: household,
                label: label,
                due: due,
                status: SupportDeadlines.status(due: due, today: local)
            )
        }
    }
}
