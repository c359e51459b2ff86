import Domain
import Foundation
import Persistence

extension CaseworkService {
    /// Adds a contact (an interview) to the household's timeline, dated between the entry in support and today.
    public func addContact(
        householdID: String,
        date: String,
        mode: String,
        minutes: String,
        attendees: String,
        note: String,
        actor: AccountSummary
    ) async throws {
        let id = environment.ids.makeIdentifier()
        try await environment.database.write { sql in
            let household = try await WritableHousehold.lock(householdID, actor: actor, in: sql)
            let contact: (day: CalendarDay, mode: ContactMode, minutes: Int, attendees: String, note: String)
            switch CaseworkInputs.contact(
                date: date,
                mode: mode,
                minutes: minutes,
                attendees: attendees,
                note: note,
                today: environment.time.today(inDepartement: household.departement),
                entry: household.welcomeInterview
            )
            {
            case .success(let value): contact = value
            case .failure(let errors): throw DomainError.invalid(errors)
            }
            try await CaseworkRecords.insertContact(
                id: id,
                householdID: householdID,
                day: contact.day,
                mode: contact.mode.rawValue,
                minutes: contact.minutes,
                attendees: contact.attendees,
                note: contact.note,
                accountID: actor.id,
                at: environment.time.now(),
                in: sql
            )
            try await environment.audit(
                .contactRecorded,
                recordType: "entretien",
                id: id,
                before: [:],
                after: [
                    "date": contact.day.iso, "mode": contact.mode.label,
                    "note": contact.note.isEmpty ? nil : contact.note,
                ],
                personalFields: ["note"],
                actor: actor,
                in: sql
            )
        }
    }
}
