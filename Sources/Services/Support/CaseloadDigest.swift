import Domain
import Persistence

/// What a caseworker or manager must act on soon: new assignments and deadlines within 30 days.
public struct CaseloadDigest: Sendable {
    /// A deadline of a household, due (or passed) within the window.
    public struct Deadline: Sendable {
        public let household: HouseholdSummary
        public let label: String
        public let due: CalendarDay
        public let status: DeadlineStatus
    }

    /// Households assigned but not yet welcomed.
    public let newAssignments: [HouseholdSummary]
    /// Households in support without a caseworker (received by transfer), for managers to assign.
    public let unassigned: [HouseholdSummary]
    /// Deadlines within 30 days or passed, soonest first.
    public let deadlines: [Deadline]
    /// The actor's appointments of today.
    public let todayAppointments: [AppointmentRecord]
    /// Open plan actions past their due date, with their household.
    public let overdueActions: [(household: HouseholdSummary, action: PlanAction)]

    /// The digest of the households the actor follows (theirs for a caseworker, the organisation's for a manager).
    public static func load(environment: ServiceEnvironment, actor: AccountSummary) async throws -> CaseloadDigest {
        let households = try await HouseholdService(environment: environment).inSupport(
            actor: actor,
            mine: actor.role == .referent
        )
        let today = environment.time.today(for: actor.scope)
        let horizon = today.adding(days: SupportDeadlines.reminderDays)
        var deadlines: [Deadline] = []
        for household in households {
            // The same rule as the caseload column and its filter: a signed contract is never reminded.
            if case .running(let due, let status) = ContractDeadline.of(
                cirSignature: household.cirSignatureDate,
                signed: household.contractSigned,
                inSupport: household.stage == "accompagnement",
                today: today
            ), status.needsReminder {
                deadlines.append(.init(household: household, label: "Contrat d'engagement", due: due, status: status))
            }
            if let entry = household.welcomeInterview,
                let next = SnapshotSchedule.next(after: today.adding(days: -1), entry: entry),
                case .sixMonths = next.kind, next.date <= horizon
            {
                deadlines.append(
                    .init(
                        household: household,
                        label: "Point de situation : \(next.kind.label.lowercased())",
                        due: next.date,
                        status: SupportDeadlines.status(due: next.date, today: today)
                    )
                )
            }
            if let end = SupportDeadlines.supportEndStatus(
                entry: household.welcomeInterview,
                exited: household.stage != "accompagnement",
                today: today
            ), end.status.needsReminder {
                deadlines.append(
                    .init(
                        household: household,
                        label: "Fin des 24 mois d'accompagnement",
                        due: end.due,
                        status: end.status
                    )
                )
            }
        }
        let byID = Dictionary(uniqueKeysWithValues: households.map { ($0.id, $0) })
        let late = try await environment.database.read { sql in
            try await PlanRecords.overdue(householdIDs: Array(byID.keys), before: today, in: sql)
        }
        return CaseloadDigest(
            newAssignments: households.filter { $0.welcomeInterview == nil && $0.caseworkerID != nil },
            unassigned: households.filter { $0.caseworkerID == nil },
            deadlines: deadlines.sorted { $0.due < $1.due },
            todayAppointments: try await AppointmentService(environment: environment).today(actor: actor),
            overdueActions: late.compactMap { action in byID[action.householdID].map { ($0, action) } }
        )
    }
}
