import Domain
import Foundation
import Persistence
import SQLKit

extension FundingApplicationService {
    /// Saves the draft as typed and submits it, in one transaction: the call must still be open on its local day,
    /// every required field filled, the budget balanced, the call's documents attached, and every earlier grant's
    /// due financial report filed. Submission freezes a numbered version; returns the application's public number.
    @discardableResult
    public func submit(id: String, raw: [String: String], version: Int, actor: AccountSummary) async throws -> String {
        var errors = FieldErrors()
        let values = ApplicationForm.clean(raw, errors: &errors)
        guard errors.isEmpty else { throw DomainError.invalid(errors) }
        let calls = FundingCallService(environment: environment)
        return try await environment.database.write { sql in
            let row = try await lockedDraft(id: id, version: version, actor: actor, in: sql)
            var communeDepartements: [String: String] = [:]
            for code in Set(ApplicationSummary(values: values, callYear: 2000).communes + [values["org.commune"] ?? ""])
            where !code.isEmpty {
                if let commune = try await TerritoryQueries.commune(code: code, in: sql) {
                    communeDepartements[code] = commune.departementCode
                }
            }
            guard let call = try await FundingCallRecords.find(id: row.application.callID, in: sql) else {
                throw DomainError.notFound
            }
            var errors = FieldErrors()
            let today = calls.today(of: call)
            if !call.content.isOpen(on: today) {
                errors.add(
                    "project.title",
                    "L'appel à projets est clos depuis le \(call.content.closesOn.french) : la demande ne peut plus être "
                        + "déposée. Votre brouillon est conservé."
                )
            }
            let summary = ApplicationForm.submission(values, callYear: call.year, errors: &errors)
            for code in summary?.communes ?? [] where communeDepartements[code] == nil {
                errors.add("project.communes", "Aucune commune n'a le code officiel \(code).")
            }
            if let seat = values["org.commune"], communeDepartements[seat] == nil {
                errors.add("org.commune", "Aucune commune n'a le code officiel \(seat).")
            }
            let documents = try await DocumentRecords.documents(
                ownerType: FundingDocuments.ownerType,
                ownerID: id,
                in: sql
            )
            for kind in call.content.documents where !documents.contains(where: { $0.kind == kind }) {
                errors.add("piece-\(kind.rawValue)", "Pièce exigée par l'appel à projets : \(kind.label).")
            }
            for missing in try await missingReports(
                organisationID: row.application.organisationID,
                excluding: id,
                in: sql
            ) {
                errors.add("project.title", missing)
            }
            guard errors.isEmpty, summary != nil else { throw DomainError.invalid(errors) }
            try await FundingApplicationRecords.saveDraft(
                id: id,
                values: values,
                callYear: call.year,
                at: environment.time.now(),
                in: sql
            )
            let number: String
            if let existing = row.application.number {
                number = existing
            } else {
                let code = call.departementCode.isEmpty ? "R" + call.regionCode : call.departementCode
                number = try await Self.newNumber(year: call.year, territory: code, in: sql)
            }
            try await FundingApplicationRecords.submit(
                id: id,
                submissionID: environment.ids.makeIdentifier(),
                number: number,
                version: row.application.submissions + 1,
                values: values,
                accountID: actor.id,
                at: environment.time.now(),
                in: sql
            )
            try await environment.audit(
                .fundingApplicationSubmitted,
                recordType: "demande_subvention",
                id: id,
                before: ["statut": row.application.status.rawValue],
                after: [
                    "statut": ApplicationStatus.submitted.rawValue, "numero": number,
                    "version": "\(row.application.submissions + 1)",
                    "montant_demande": summary.map { $0.plan.total.decimal },
                ],
                actor: actor,
                in: sql
            )
            return number
        }
    }

    /// "P104-2026-69-00012": programme, year, territory (département, or R + région for a regional call), sequence.
    static func newNumber(year: Int, territory: String, in sql: any SQLDatabase) async throws -> String {
        let prefix = "P104-\(year)-\(territory)"
        let next = try await FundingApplicationRecords.nextNumber(counter: prefix, in: sql)
        let digits = String(next)
        return prefix + "-" + String(repeating: "0", count: max(0, 5 - digits.count)) + digits
    }

    /// Loi 2000-321 art. 10 and cerfa 15059: the financial report of every ended financial year of an earlier grant
    /// must be filed before any new request. One French message per missing report.
    func missingReports(organisationID: String, excluding id: String, in sql: any SQLDatabase) async throws -> [String]
    {
        var messages: [String] = []
        let calls = FundingCallService(environment: environment)
        for row in try await FundingApplicationRecords.ofOrganisation(organisationID, in: sql)
        where row.application.id != id && row.application.status == .granted {
            let file = try await ApplicationFile.load(row, today: calls.today(of:), in: sql)
            for entry in file.reportStatuses where entry.status.blocksNewApplication {
                messages.append(
                    "Le compte rendu financier de la subvention n° \(row.application.number ?? "") (exercice clos le "
                        + "\(entry.year.end.french)) doit être déposé avant toute nouvelle demande."
                )
            }
        }
        return messages
    }
}
