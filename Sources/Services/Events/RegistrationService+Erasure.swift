import Domain
import Foundation
import Persistence

extension RegistrationService {
    /// Erases the registrants of every event ended three months ago or more (names, addresses, cancel links and
    /// the e-mails about them); the counts stay on the event. Returns the number of events erased.
    @discardableResult
    public func eraseDue(limit: Int = 200) async throws -> Int {
        let today = environment.time.todayInMetropolitanFrance()
        // A few days of margin: months are not all as long, and overseas days differ; the rule filters below.
        let candidates = try await environment.database.read {
            try await RegistrationRecords.erasureCandidates(
                endedBy: today.adding(months: -3).adding(days: 3),
                limit: limit,
                in: $0
            )
        }
        var erased = 0
        for candidate in candidates {
            try Task.checkCancellation()
            let done = try await environment.database.write { sql -> Bool in
                try await EventRecords.lock(id: candidate.id, in: sql)
                guard let event = try await EventRecords.find(id: candidate.id, in: sql), !event.registrantsErased
                else { return false }
                let localToday = environment.time.today(inDepartement: event.departementCode)
                guard RegistrationRules.erasureDay(eventEndDay: event.event.endDay) <= localToday else { return false }
                let ids = try await RegistrationRecords.erase(eventID: event.id, at: environment.time.now(), in: sql)
                let messages = try await OutboxRecords.delete(referenceIDs: ids, in: sql)
                try await environment.audit(
                    .eventRegistrantsErased,
                    recordType: "evenement",
                    id: event.id,
                    before: ["inscriptions": String(ids.count)],
                    after: [
                        "inscriptions": "0", "courriels_effaces": String(messages),
                        "inscrits_conserves": String(event.registeredCount),
                        "attente_conservee": String(event.waitingCount),
                    ],
                    actor: nil,
                    in: sql
                )
                return true
            }
            if done { erased += 1 }
        }
        return erased
    }

    /// The scheduled job that erases registrants, once a day.
    public func erasureJob() -> ScheduledJob {
        ScheduledJob(name: "semaine.effacement-inscrits", interval: .seconds(24 * 3600)) { try await eraseDue() }
    }
}
