import Domain
import Foundation
import Persistence

extension CaseworkService {
    /// Saves the domains of the diagnosis that were filled in; health only from the household's own caseworker.
    public func saveDiagnosis(
        householdID: String,
        values: [DiagnosisDomain: (situation: String, need: String, note: String)],
        actor: AccountSummary
    ) async throws {
        let now = environment.time.now()
        try await environment.database.write { sql in
            let household = try await WritableHousehold.lock(householdID, actor: actor, in: sql)
            let seesRestricted = household.caseworkerID == actor.id
            var errors = FieldErrors()
            var entries: [DiagnosisEntry] = []
            for domain in DiagnosisDomain.allCases where seesRestricted || !domain.isRestricted {
                guard let value = values[domain] else { continue }
                if let entry = DiagnosisEntry.read(
                    domain: domain,
                    situation: value.situation,
                    need: value.need,
                    note: value.note,
                    &errors
                ) {
                    entries.append(entry)
                }
            }
            guard errors.isEmpty else { throw DomainError.invalid(errors) }
            let before = Dictionary(
                uniqueKeysWithValues: try await DiagnosisRecords.entries(
                    householdID: householdID,
                    includeRestricted: true,
                    in: sql
                )
                .map { ($0.domain, $0) }
            )
            for entry in entries where before[entry.domain] != entry {
                try await DiagnosisRecords.save(entry, householdID: householdID, accountID: actor.id, at: now, in: sql)
                let old = before[entry.domain]
                let restricted = entry.domain.isRestricted
                try await environment.audit(
                    .diagnosisUpdated,
                    recordType: "diagnostic",
                    id: "\(householdID)/\(entry.domain.rawValue)",
                    before: ["besoin": old?.need.rawValue, "situation": old?.situation, "note": old?.note],
                    after: ["besoin": entry.need.rawValue, "situation": entry.situation, "note": entry.note],
                    personalFields: restricted ? ["besoin", "situation", "note"] : ["situation", "note"],
                    actor: actor,
                    in: sql
                )
            }
        }
    }
}
