import Domain
import Foundation
import Persistence

/// Caseloads and household files; opening a file is recorded in the audit log for each member.
public struct HouseholdService: Sendable {
    let environment: ServiceEnvironment

    public init(environment: ServiceEnvironment) { self.environment = environment }

    /// A household file: the household, its members and its referral.
    public struct File: Sendable {
        public let household: HouseholdSummary
        public let members: [HouseholdMember]
        public let commitmentContractDue: CalendarDay?
        public let milestones: SupportMilestones
        public let contacts: [ContactRecord]
        public let exit: ExitRecord?
        /// The diagnosis; the restricted health domain only for the household's own caseworker.
        public let diagnosis: [DiagnosisEntry]
        /// Whether the viewer sees the restricted section.
        public let seesRestricted: Bool
        /// The support plan.
        public let plan: [PlanGoal]
        /// The milestones of the support (rights, housing, work and training), oldest first.
        public let events: [Milestone]
        /// The transfers to another operator or département, oldest first.
        public let transfers: [TransferRecord]
        /// Each member's languages, contact and identifiers.
        public let details: [PersonDetails]
        /// The members' residence titles, latest first.
        public let titles: [ResidenceTitleRecord]
        /// Records of other households merged into members of this one.
        public let merged: [(id: String, into: String, names: String, householdID: String)]

        /// The situation snapshots due so far: at entry, every six months, at exit.
        public func snapshots(today: CalendarDay) -> [SituationSnapshot] {
            guard let entry = milestones.welcomeInterview else { return [] }
            return SituationSnapshots.taken(milestones: events, entry: entry, exit: declaredExit, today: today)
        }

        /// The next snapshot to come, while the household is in support.
        public func nextSnapshot(today: CalendarDay) -> SnapshotDue? {
            guard exit == nil, let entry = milestones.welcomeInterview else { return nil }
            return SnapshotSchedule.next(after: today, entry: entry)
        }

        /// The situation today, from the milestones recorded so far.
        public func currentSituation(today: CalendarDay) -> SituationSnapshot {
            SituationSnapshots.situation(on: SnapshotDue(kind: .exit, date: today), milestones: events)
        }

        /// The exit with its declared situations, when both read back.
        var declaredExit: SituationSnapshots.DeclaredExit? {
            guard let exit, let housing = HousingSituation(rawValue: exit.housing),
                let activity = ActivitySituation(storedValue: exit.activity)
            else { return nil }
            return .init(date: exit.day, housing: housing, activity: activity)
        }

        /// The last day of support: 24 months after the welcome interview.
        public var supportEnds: CalendarDay? {
            milestones.welcomeInterview.map { SupportDeadlines.supportEnds(entry: $0) }
        }

        /// The positive-exit conditions of the recorded exit.
        public var exitAssessment: ExitAssessment? {
            declaredExit.map { PositiveExitRule.evaluate(housing: $0.housing, activity: $0.activity) }
        }
    }

    /// One page of the households the actor may open that meet the criteria, with how many meet them in all.
    public func page(
        actor: AccountSummary,
        criteria: HouseholdCriteria,
        limit: Int,
        offset: Int
    ) async throws -> (households: [HouseholdSummary], total: Int) {
        guard OperatorStaff().admits(actor.role) else { throw DomainError.forbidden }
        return try await environment.database.read {
            try await HouseholdQueries.page(viewer: actor, criteria: criteria, limit: limit, offset: offset, in: $0)
        }
    }

    /// The households in support the actor follows: their own for a caseworker when `mine`, else all in reach.
    public func inSupport(actor: AccountSummary, mine: Bool) async throws -> [HouseholdSummary] {
        guard OperatorStaff().admits(actor.role) else { throw DomainError.forbidden }
        return try await environment.database.read {
            try await HouseholdQueries.inSupport(viewer: actor, mine: mine, in: $0)
        }
    }

    /// Households in support per caseworker, for managers balancing caseloads (empty for anyone else).
    public func caseloads(actor: AccountSummary) async throws -> [CaseloadCount] {
        guard OperatorManagersOnly().admits(actor.role) else { return [] }
        return try await environment.database.read { try await HouseholdQueries.caseloadCounts(viewer: actor, in: $0) }
    }

    /// Opens a household file and records the read of each member's data.
    public func open(id: String, actor: AccountSummary) async throws -> File {
        guard OperatorStaff().admits(actor.role) else { throw DomainError.forbidden }
        let (household, members, milestones, contacts, exit) = try await environment.database.read { sql in
            guard let household = try await HouseholdQueries.find(id: id, viewer: actor, in: sql) else {
                throw DomainError.notFound
            }
            return (
                household, try await HouseholdQueries.members(householdID: id, in: sql),
                try await CaseworkRecords.milestones(householdID: id, in: sql),
                try await CaseworkRecords.contacts(householdID: id, in: sql),
                try await CaseworkRecords.exit(householdID: id, in: sql)
            )
        }
        let seesRestricted = household.caseworkerID == actor.id
        let (diagnosis, plan, events, transfers) = try await environment.database.read { sql in
            (
                try await DiagnosisRecords.entries(householdID: id, includeRestricted: seesRestricted, in: sql),
                try await PlanRecords.goals(householdID: id, in: sql),
                try await MilestoneRecords.milestones(householdID: id, in: sql),
                try await TransferRecords.transfers(householdID: id, in: sql)
            )
        }
        let (details, titles, merged) = try await environment.database.read { sql in
            (
                try await PersonDetailRecords.details(householdID: id, in: sql),
                try await PersonDetailRecords.titles(householdID: id, in: sql),
                try await PersonMergeRecords.merged(householdID: id, in: sql)
            )
        }
        try await environment.database.write { sql in
            if diagnosis.contains(where: \.domain.isRestricted) {
                let reference = members.first(where: \.isReference)?.id
                let entry = AuditEntry(
                    actor: actor,
                    action: AuditAction.restrictedRead.rawValue,
                    recordType: "diagnostic",
                    recordID: "\(id)/\(DiagnosisDomain.health.rawValue)",
                    personID: reference
                )
                try await environment.appendAudit(entry, in: sql)
            }
            for member in members {
                let entry = AuditEntry(
                    actor: actor,
                    action: AuditAction.personFileRead.rawValue,
                    recordType: "menage",
                    recordID: id,
                    personID: member.id
                )
                try await environment.appendAudit(entry, in: sql)
            }
        }
        let due = household.cirSignatureDate.map { SupportDeadlines.commitmentContractDue(cirSignature: $0) }
        return File(
            household: household,
            members: members,
            commitmentContractDue: due,
            milestones: milestones,
            contacts: contacts,
            exit: exit,
            diagnosis: diagnosis,
            seesRestricted: seesRestricted,
            plan: plan,
            events: events,
            transfers: transfers,
            details: details,
            titles: titles,
            merged: merged
        )
    }
}
