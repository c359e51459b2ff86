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

    /// The households due for anonymisation today, each on the local day of its département.
    public func plan() async throws -> [RetentionCandidate] {
        // La Réunion's day comes first: no household anywhere can be due before the cutoff of that day.
        let cutoff = environment.time.today(inDepartement: "974").adding(years: -RetentionRule.retentionYears)
        return try await environment.database.read {
            try await RetentionRecords.candidates(lastContactOnOrBefore: cutoff, in: $0)
        }.filter(isDue)
    }

    /// Whether a household is due on its département's day: the rule is inclusive, due on the second anniversary.
    func isDue(_ candidate: RetentionCandidate) -> Bool {
        let today = environment.time.today(inDepartement: candidate.departement)
        return candidate.lastContact <= today.adding(years: -RetentionRule.retentionYears)
    }

    /// Counts what a purge would anonymise, writing nothing.
    public func dryRun() async throws -> Report { Self.report(try await plan()) }

    /// Anonymises every household due, each in its own transaction with its audit event; a household is read again
    /// (and locked) inside its transaction, so one that had a contact since the plan is left alone.
    public func execute() async throws -> Report {
        var done: [RetentionCandidate] = []
        for planned in try await plan() {
            let anonymised = try await environment.database.write { sql -> RetentionCandidate? in
                let cutoff = planned.lastContact
                guard
                    let candidate = try await RetentionRecords.candidates(
                        lastContactOnOrBefore: cutoff,
                        householdID: planned.householdID,
                        in: sql
                    ).first, isDue(candidate)
                else { return nil }
                let today = environment.time.today(inDepartement: candidate.departement)
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
                return candidate
            }
            if let anonymised { done.append(anonymised) }
        }
        return Self.report(done)
    }

    static func report(_ candidates: [RetentionCandidate]) -> Report {
        Report(
            households: candidates.count,
            people: candidates.map(\.people).reduce(0, +),
            oldestLastContact: candidates.map(\.lastContact).min()
        )
    }
}
