import Domain
import Persistence

extension HouseholdService {
    /// The top of a household file: where it stands and what to do next (issue 14, item 9).
    public struct Summary: Sendable, Equatable {
        /// A date to meet: what, when, and where today stands.
        public struct Deadline: Sendable, Equatable {
            public let kind: DeadlineKind
            public let due: CalendarDay
            public let status: DeadlineStatus
        }

        /// What a deadline is about.
        public enum DeadlineKind: Sendable, Equatable {
            case commitmentContract
            case supportEnd
            case snapshot(SnapshotKind)
            case planAction(String)
        }

        /// Something that needs the caseworker's attention.
        public enum Alert: Sendable, Equatable {
            case welcomeToDo
            case contractLate(days: Int, due: CalendarDay)
            case supportEndPassed(days: Int, due: CalendarDay)
            case lateActions(Int)
            case attendanceToNote(Int)
        }

        public let stage: HouseholdStage
        /// The welcome interview: the entry into support.
        public let entry: CalendarDay?
        /// The soonest date still to meet, today included.
        public let nextDeadline: Deadline?
        /// The next planned appointment, today included.
        public let nextAppointment: AppointmentRecord?
        public let alerts: [Alert]
    }
}

extension HouseholdService.FilePage {
    /// The file's summary on `today` (the household's local day), from what the page already read.
    public var summary: HouseholdService.Summary {
        typealias Summary = HouseholdService.Summary
        let household = file.household
        let inSupport = household.stage == .inSupport
        var deadlines: [Summary.Deadline] = []
        var alerts: [Summary.Alert] = []
        if inSupport && file.milestones.welcomeInterview == nil { alerts.append(.welcomeToDo) }
        let contract = ContractDeadline.of(
            cirSignature: household.cirSignatureDate,
            signed: household.contractSigned,
            inSupport: inSupport,
            today: today
        )
        if case .running(let due, let status) = contract {
            if case .overdue(let days) = status {
                alerts.append(.contractLate(days: days, due: due))
            } else {
                deadlines.append(.init(kind: .commitmentContract, due: due, status: status))
            }
        }
        if let end = SupportDeadlines.supportEndStatus(
            entry: file.milestones.welcomeInterview,
            exited: file.exit != nil || !inSupport,
            today: today
        ) {
            if case .overdue(let days) = end.status {
                alerts.append(.supportEndPassed(days: days, due: end.due))
            } else {
                deadlines.append(.init(kind: .supportEnd, due: end.due, status: end.status))
            }
        }
        if inSupport, let snapshot = file.nextSnapshot(today: today) {
            deadlines.append(
                .init(
                    kind: .snapshot(snapshot.kind),
                    due: snapshot.date,
                    status: SupportDeadlines.status(due: snapshot.date, today: today)
                )
            )
        }
        let open = file.plan.flatMap(\.actions).filter { $0.status.isOpen }
        let late = open.filter { ($0.due.map { $0 < today }) ?? false }
        if inSupport && !late.isEmpty { alerts.append(.lateActions(late.count)) }
        let coming = open.compactMap { action in action.due.map { (due: $0, action: action) } }.filter {
            $0.due >= today
        }
        if inSupport, let next = coming.min(by: { ($0.due, $0.action.id) < ($1.due, $1.action.id) }) {
            deadlines.append(
                .init(
                    kind: .planAction(next.action.description),
                    due: next.due,
                    status: SupportDeadlines.status(due: next.due, today: today)
                )
            )
        }
        let toNote = file.appointmentHistory.filter { $0.status == .planned && $0.startsAt.day < today }
        if !toNote.isEmpty { alerts.append(.attendanceToNote(toNote.count)) }
        return Summary(
            stage: household.stage,
            entry: file.milestones.welcomeInterview,
            nextDeadline: deadlines.min { $0.due < $1.due },
            nextAppointment: appointments.first,
            alerts: alerts
        )
    }
}
