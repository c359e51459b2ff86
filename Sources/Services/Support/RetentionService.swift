import Domain
import Foundation
import Persistence

/// Anonymises the households whose last contact is two years old or more (CNIL reference for social support).
public struct RetentionService: Sendable {
    let environment: ServiceEnvironment

    public init(environment: ServiceEnvironment) { self.environment = environment }

    /// What a purge would do, or did.
    public struct Report: Sendable, Equatable {
        public let households: Int
        public let people: Int
        public let oldestLastContact: CalendarDay?

        public init(households: Int, people: Int, oldestLastContact: CalendarDay?) {
            self.households = households
            self.people = people
            self.oldestLastContact = oldestLastContact
        }
    }

    /// The households due for anonymisation today.
    public func plan() async throws -> [RetentionCandidate] {
        let today = CalendarDay(date: environment.time.now())
        // The rule is inclusive: due on the second anniversary, so the cutoff is today minus two years.
        let cutoff = today.adding(years: -RetentionRule.retentionYears)
        return try await environment.database.read {
            try await RetentionRecords.candidates(lastContactOnOrBefore: cutoff, in: $0)
        }.filter { RetentionRule.isDue(lastContact: $0.lastContact, today: today) }
    }

    /// Counts what a purge would anonymise, writing nothing.
    public func dryRun() async throws -> Report { Self.report(try await plan()) }

    /// Anonymises every household due, each in its own transaction with its audit event.
    public func execute() async throws -> Report {
        let due = try await plan()
        let today = CalendarDay(date: environment.time.now())
        for candidate in due {
            try await environment.database.write { sql in
                try await RetentionRecords.anonymise(householdID: candidate.householdID, on: today, in: sql)
                // The members' personal spaces, messages included, go with the file.
                try await NewcomerAccessRecords.erase(householdID: candidate.householdID, in: sql)
                let entry = AuditEntry(
                    actor: nil,
                    action: AuditAction.retentionAnonymised.rawValue,
                    recordType: "menage",
                    recordID: candidate.householdID,
                    changes: [AuditChange("dernier_contact", before: candidate.lastContact.iso, after: nil)]
                )
                try await environment.appendAudit(entry, in: sql)
            }
        }
        return Self.report(due)
    }

    static func report(_ candidates: [RetentionCandidate]) -> Report {
        Report(
            households: candidates.count,
            people: candidates.map(\.people).reduce(0, +),
            oldestLastContact: candidates.map(\.lastContact).min()
        )
    }
}
