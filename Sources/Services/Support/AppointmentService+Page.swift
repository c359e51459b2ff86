import Domain
import Foundation
import Persistence

extension AppointmentService {
    /// One appointment of a household file, with what its page may offer the viewer.
    public struct AppointmentPage: Sendable {
        public let household: HouseholdSummary
        public let appointment: AppointmentRecord
        /// Whether the viewer may change it now (`HouseholdWriteRule`).
        public let canWrite: Bool
        /// Whether its start has come (`AppointmentRule`): attended or missed may be recorded.
        public let started: Bool
        /// Today in the household's département.
        public let today: CalendarDay
    }

    /// An appointment of a household the viewer may open; opening it is audited as the file is.
    public func page(appointmentID: String, actor: AccountSummary) async throws -> AppointmentPage {
        guard OperatorStaff().admits(actor.role) else { throw DomainError.forbidden }
        let now = environment.time.now()
        let page = try await environment.database.read { sql in
            guard let householdID = try await AppointmentRecords.householdID(appointmentID: appointmentID, in: sql),
                let household = try await HouseholdQueries.find(id: householdID, viewer: actor, in: sql),
                let appointment = try await AppointmentRecords.find(id: appointmentID, in: sql)
            else { throw DomainError.notFound }
            return AppointmentPage(
                household: household,
                appointment: appointment,
                canWrite: HouseholdWriteRule.permits(
                    actor,
                    caseworkerID: household.caseworkerID,
                    stage: household.stage
                ),
                started: AppointmentRule.hasStarted(appointment.instant, now: now),
                today: environment.time.today(inDepartement: household.departement)
            )
        }
        try await environment.database.write { sql in
            try await environment.appendAudit(
                AuditEntry(
                    actor: actor,
                    action: AuditAction.personFileRead.rawValue,
                    recordType: "rendez_vous",
                    recordID: appointmentID
                ),
                in: sql
            )
        }
        return page
    }
}
