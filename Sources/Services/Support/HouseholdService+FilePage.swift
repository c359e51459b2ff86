import Domain
import Foundation
import Persistence
import SQLKit

extension HouseholdService {
    /// Everything the household file page shows, read in one consistent scope.
    public struct FilePage: Sendable {
        public let file: File
        /// Today in the household's département.
        public let today: CalendarDay
        /// Whether the viewer may write in the file now (`HouseholdWriteRule`).
        public let canWrite: Bool
        /// The countries of the member form's nationality list.
        public let countries: [Country]
        /// The household's appointments from today on.
        public let appointments: [AppointmentRecord]
        /// The partner organisations of the département that may carry out plan actions.
        public let partners: [(id: String, name: String)]
        /// Every département: its name for every viewer, and a manager's transfer destinations.
        public let departements: [Departement]
        /// The priority neighbourhood the household lives in, and those of its commune.
        public let residence: ResidenceService.Residence
        /// The caseworkers a manager may hand the household to (empty for anyone else).
        public let transferChoices: [(id: String, name: String)]
        /// The possible duplicates of the member asked for, when the viewer may merge them.
        public let duplicates: (personID: String, found: [DuplicateFinder.Duplicate])?
    }

    /// Opens a household file: one read for the whole page, one role check, then one audit event that lists the
    /// members shown (with the health section named when it was shown).
    public func filePage(
        id: String,
        actor: AccountSummary,
        duplicatesOf personID: String? = nil
    ) async throws
        -> FilePage
    {
        guard OperatorStaff().admits(actor.role) else { throw DomainError.forbidden }
        let page = try await environment.database.read { sql in
            guard let household = try await HouseholdQueries.find(id: id, viewer: actor, in: sql) else {
                throw DomainError.notFound
            }
            let canWrite = HouseholdWriteRule.permits(
                actor,
                caseworkerID: household.caseworkerID,
                stage: household.stage
            )
            let file = try await Self.file(household, actor: actor, in: sql)
            var duplicates: (personID: String, found: [DuplicateFinder.Duplicate])?
            if let personID, canWrite {
                duplicates = (personID, try await PersonDetailsService.duplicates(of: personID, in: household, in: sql))
            }
            return FilePage(
                file: file,
                today: environment.time.today(inDepartement: household.departement),
                canWrite: canWrite,
                countries: canWrite ? try await TerritoryQueries.nationalities(in: sql) : [],
                appointments: try await AppointmentService.upcoming(
                    householdID: id,
                    departement: household.departement,
                    time: environment.time,
                    in: sql
                ),
                partners: canWrite ? try await PlanRecords.partners(departement: household.departement, in: sql) : [],
                departements: try await TerritoryQueries.departements(in: sql),
                residence: try await ResidenceService.residence(householdID: id, in: sql),
                transferChoices: canWrite
                    ? try await CaseworkService.caseworkers(of: household, actor: actor, in: sql) : [],
                duplicates: duplicates
            )
        }
        try await environment.database.write { sql in
            let restricted = page.file.diagnosis.contains(where: \.domain.isRestricted)
            let entry = AuditEntry(
                actor: actor,
                action: (restricted ? AuditAction.restrictedRead : .personFileRead).rawValue,
                recordType: "menage",
                recordID: id,
                personID: page.file.members.first(where: \.isReference)?.id
            )
            try await environment.appendAuditRead(entry, persons: page.file.members.map(\.id), in: sql)
        }
        return page
    }

    /// The file of a household found in the viewer's reach, inside the caller's read.
    static func file(
        _ household: HouseholdSummary,
        actor: AccountSummary,
        in sql: any SQLDatabase
    ) async throws
        -> File
    {
        let id = household.id
        let seesRestricted = household.caseworkerID == actor.id
        let contacts = try await CaseworkRecords.contacts(householdID: id, in: sql)
        return File(
            household: household,
            members: try await HouseholdQueries.members(householdID: id, in: sql),
            commitmentContractDue: household.cirSignatureDate.map {
                SupportDeadlines.commitmentContractDue(cirSignature: $0)
            },
            milestones: SupportMilestones(
                welcomeInterview: household.welcomeInterview,
                contractSigned: household.contractSigned
            ),
            contacts: contacts,
            noteVersions: try await ContactNoteRecords.versions(
                contactIDs: contacts.filter { $0.revision > 0 }.map(\.id),
                in: sql
            ),
            appointmentHistory: try await AppointmentRecords.history(householdID: id, in: sql),
            exit: try await CaseworkRecords.exit(householdID: id, in: sql),
            diagnosis: try await DiagnosisRecords.entries(
                householdID: id,
                includeRestricted: seesRestricted,
                in: sql
            ),
            seesRestricted: seesRestricted,
            plan: try await PlanRecords.goals(householdID: id, in: sql),
            events: try await MilestoneRecords.milestones(householdID: id, in: sql),
            transfers: try await TransferRecords.transfers(householdID: id, in: sql),
            details: try await PersonDetailRecords.details(householdID: id, in: sql),
            titles: try await PersonDetailRecords.titles(householdID: id, in: sql),
            merged: try await PersonMergeRecords.merged(householdID: id, in: sql)
        )
    }
}
