import Domain
import Foundation
import Persistence
import SQLKit

/// An association's subsidy applications: drafts saved at any time, submission freezing a numbered version, and the
/// file its applicant and its instructor read.
public struct FundingApplicationService: Sendable {
    let environment: ServiceEnvironment

    public init(environment: ServiceEnvironment) { self.environment = environment }

    /// The fields copied from the organisation's latest application into a new draft (who it is, not what it asks).
    static let carriedOver: Set<ApplicationField.Section> = [.identification, .administration, .people]

    /// Starts a draft for an open call, filled with the organisation's identity; returns its identifier.
    public func start(callID: String, actor: AccountSummary) async throws -> String {
        let id = environment.ids.makeIdentifier()
        try await environment.database.write { sql in
            let organisation = try await FundingAccess.applicant(actor, in: sql)
            guard let call = try await FundingCallRecords.find(id: callID, in: sql), call.published else {
                throw DomainError.notFound
            }
            guard FundingCallService(environment: environment).isOpen(call) else {
                throw DomainError.conflict(
                    "Cet appel à projets est clos depuis le \(call.content.closesOn.french) : aucune demande ne peut "
                        + "plus y être déposée."
                )
            }
            var values: [String: String] = [:]
            if let latest = try await FundingApplicationRecords.ofOrganisation(organisation.id, in: sql).first {
                for field in ApplicationField.all where Self.carriedOver.contains(field.section) {
                    values[field.name] = latest.application.values[field.name]
                }
            }
            values["org.name"] = values["org.name"] ?? organisation.name
            values["org.siret"] = values["org.siret"] ?? organisation.siret
            values["org.rna"] = values["org.rna"] ?? organisation.rna
            values["project.period"] = "annuelle"
            try await FundingApplicationRecords.insertDraft(
                id: id,
                call: call,
                organisationID: organisation.id,
                values: values.compactMapValues { $0 },
                at: environment.time.now(),
                in: sql
            )
            try await environment.audit(
                .fundingApplicationCreated,
                recordType: "demande_subvention",
                id: id,
                before: [:],
                after: ["appel": call.id, "organisation": organisation.id],
                actor: actor,
                in: sql
            )
        }
        return id
    }

    /// The applicant's overview: open calls, its applications with their stage, the reports it owes.
    public func overview(actor: AccountSummary) async throws -> ApplicantOverview {
        try await environment.database.read { sql in
            let organisation = try await FundingAccess.applicant(actor, in: sql)
            let calls = FundingCallService(environment: environment)
            var files: [ApplicationFile] = []
            for row in try await FundingApplicationRecords.ofOrganisation(organisation.id, in: sql) {
                files.append(try await ApplicationFile.load(row, today: calls.today(of:), in: sql))
            }
            let open = try await FundingCallRecords.published(in: sql).filter(calls.isOpen)
            return ApplicantOverview(organisation: organisation, openCalls: open, files: files)
        }
    }

    /// An application's file, for its applicant or for the agent who instructs it (drafts stay the applicant's).
    public func open(id: String, actor: AccountSummary) async throws -> ApplicationFile {
        try await environment.database.read { sql in
            guard let row = try await FundingApplicationRecords.find(id: id, in: sql) else {
                throw DomainError.notFound
            }
            try await Self.requireVisible(row, actor: actor, in: sql)
            return try await ApplicationFile.load(
                row,
                today: FundingCallService(environment: environment).today(of:),
                in: sql
            )
        }
    }

    /// Refuses (as "not found") anyone but the applicant organisation and the instructing service of a submitted
    /// application.
    static func requireVisible(
        _ row: FundingApplicationRow,
        actor: AccountSummary,
        in sql: any SQLDatabase
    ) async throws {
        let application = row.application
        if actor.role == .partenaire {
            guard actor.organisationID == application.organisationID else { throw DomainError.notFound }
            return
        }
        guard application.status != .draft,
            FundingAccess.instructs(
                actor,
                regionCode: application.regionCode,
                departementCode: application.departementCode
            )
        else { throw DomainError.notFound }
    }

    /// Saves a draft as typed. Every value goes through its parser first: if one is refused, nothing is written and
    /// the messages say why. `version` is the one the form was read at: a draft changed since (another tab) is not
    /// overwritten.
    public func save(id: String, raw: [String: String], version: Int, actor: AccountSummary) async throws {
        var errors = FieldErrors()
        let values = ApplicationForm.clean(raw, errors: &errors)
        guard errors.isEmpty else { throw DomainError.invalid(errors) }
        try await environment.database.write { sql in
            let row = try await lockedDraft(id: id, version: version, actor: actor, in: sql)
            try await FundingApplicationRecords.saveDraft(
                id: id,
                values: values,
                callYear: row.callYear,
                at: environment.time.now(),
                in: sql
            )
        }
    }

    /// The application's row, locked, if it is the actor's draft at `version`; otherwise why not.
    func lockedDraft(
        id: String,
        version: Int,
        actor: AccountSummary,
        in sql: any SQLDatabase
    ) async throws
        -> FundingApplicationRow
    {
        _ = try await FundingAccess.applicant(actor, in: sql)
        guard let row = try await FundingApplicationRecords.find(id: id, locking: true, in: sql),
            row.application.organisationID == actor.organisationID
        else { throw DomainError.notFound }
        guard row.application.status == .draft else {
            throw DomainError.conflict(
                "Cette demande a déjà été déposée (n° \(row.application.number ?? "")) : elle ne peut plus être modifiée. "
                    + "Rien n'a été enregistré."
            )
        }
        guard row.application.version == version else {
            throw DomainError.conflict(
                "Cette demande a été modifiée depuis que vous avez ouvert la page (dans un autre onglet ?). Rien n'a été "
                    + "enregistré : rechargez la page pour voir la dernière version, puis refaites vos changements."
            )
        }
        return row
    }
}

/// What an applicant sees on its funding page.
public struct ApplicantOverview: Sendable {
    public let organisation: Organisation
    public let openCalls: [FundingCallRecord]
    public let files: [ApplicationFile]
}
