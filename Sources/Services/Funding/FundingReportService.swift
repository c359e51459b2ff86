import Domain
import Foundation
import Persistence
import SQLKit

/// Financial reports (cerfa 15059): the association enters, for one year of its grant, the actual charges and
/// products, the indicators reached and the people served; the instructing service accepts it, which opens the
/// balance payment.
public struct FundingReportService: Sendable {
    let environment: ServiceEnvironment

    public init(environment: ServiceEnvironment) { self.environment = environment }

    /// Files the report of one year of the plan of the actor's committed grant.
    public func file(
        applicationID: String,
        planYear rawYear: String,
        raw: [String: String],
        actor: AccountSummary
    )
        async throws
    {
        var errors = FieldErrors()
        let planYear = errors.integer(rawYear, field: "planYear", in: 0...3, message: "Choisissez l'année du rapport.")
        var values: [String: String] = [:]
        let qualitative = errors.text(
            raw["report.summary"] ?? "",
            field: "report.summary",
            kind: .longText,
            required: "Rédigez le bilan qualitatif de l'action (feuillet 1 du cerfa 15059)."
        )
        values["report.summary"] = qualitative
        var charges = Money.zero
        var products = Money.zero
        for account in BudgetAccount.all {
            let name = "actual.\(account.code)"
            guard let text = raw[name], !text.trimmingCharacters(in: .whitespaces).isEmpty else { continue }
            guard let amount = errors.money(text, field: name) else { continue }
            values[name] = amount.decimal
            if account.side == .charges { charges += amount }
            if account.side == .products { products += amount }
        }
        let served = errors.integer(
            raw["report.people_served"] ?? "",
            field: "report.people_served",
            in: 0...10_000_000,
            message: "Indiquez le nombre de personnes accompagnées (un nombre entier)."
        )
        for index in 1...ApplicationField.indicatorCount {
            let name = "reached.\(index)"
            if let text = raw[name], !text.isEmpty,
                let value = errors.integer(text, field: name, in: 0...10_000_000, message: "Un nombre entier.")
            {
                values[name] = String(value)
            }
        }
        values["report.gaps"] = errors.text(raw["report.gaps"] ?? "", field: "report.gaps", kind: .note)
        if charges == .zero { errors.add("actual.64", "Indiquez les charges réalisées de l'action.") }
        guard errors.isEmpty, let planYear, let served else { throw DomainError.invalid(errors) }
        try await environment.database.write { sql in
            _ = try await FundingAccess.applicant(actor, in: sql)
            guard let row = try await FundingApplicationRecords.find(id: applicationID, locking: true, in: sql),
                row.application.organisationID == actor.organisationID
            else { throw DomainError.notFound }
            guard let plan = row.application.plan(callYear: row.callYear), planYear < plan.yearlyAmounts.count,
                try await FundingMoneyRecords.commitment(applicationID: applicationID, in: sql) != nil,
                let year = row.application.summary(callYear: row.callYear).financialYear(planYear)
            else {
                throw FundingAccess.invalid("planYear", "Le compte rendu porte sur une année d'une subvention engagée.")
            }
            let existing = try await FundingReportRecords.reports(applicationID: applicationID, in: sql)
            guard !existing.contains(where: { $0.planYear == planYear }) else {
                throw DomainError.conflict("Le compte rendu de cette année est déjà déposé.")
            }
            let id = environment.ids.makeIdentifier()
            try await FundingReportRecords.insert(
                id: id,
                applicationID: applicationID,
                planYear: planYear,
                financialYear: year,
                values: values.compactMapValues { $0 },
                charges: charges,
                products: products,
                peopleServed: served,
                accountID: actor.id,
                at: environment.time.now(),
                in: sql
            )
            try await environment.audit(
                .fundingReportFiled,
                recordType: "demande_subvention",
                id: applicationID,
                before: [:],
                after: [
                    "compte_rendu": id, "annee": "\(planYear + 1)", "charges": charges.decimal,
                    "produits": products.decimal, "personnes": "\(served)",
                ],
                actor: actor,
                in: sql
            )
        }
    }

    /// Accepts a filed report: the year's balance may then be paid.
    public func accept(
        applicationID: String,
        planYear rawYear: String,
        note: String,
        actor: AccountSummary
    ) async throws {
        var errors = FieldErrors()
        let planYear = errors.integer(rawYear, field: "planYear", in: 0...3, message: "Choisissez l'année du rapport.")
        let note = errors.text(note, field: "reviewNote", kind: .note) ?? ""
        guard errors.isEmpty, let planYear else { throw DomainError.invalid(errors) }
        try await environment.database.write { sql in
            _ = try await FundingInstructionService(environment: environment).instructed(
                applicationID,
                actor: actor,
                in: sql
            )
            guard
                let report = try await FundingReportRecords.reports(applicationID: applicationID, in: sql)
                    .first(where: { $0.planYear == planYear })
            else { throw FundingAccess.invalid("planYear", "Aucun compte rendu n'est déposé pour cette année.") }
            guard !report.accepted else { throw DomainError.conflict("Ce compte rendu est déjà accepté.") }
            try await FundingReportRecords.accept(id: report.id, note: note, at: environment.time.now(), in: sql)
            try await environment.audit(
                .fundingReportAccepted,
                recordType: "demande_subvention",
                id: applicationID,
                before: ["statut": "depose"],
                after: ["statut": "accepte", "annee": "\(planYear + 1)"],
                actor: actor,
                in: sql
            )
        }
    }
}

extension FundingReportService {
    /// The people Parcours knows the grantee served during one year of the plan, for the applicant and its
    /// instructor (the views hide counts under 5 from those without named access).
    public func servedCounts(_ file: ApplicationFile, planYear: Int) async throws -> ServedCounts? {
        guard let year = file.financialYear(planYear) else { return nil }
        return try await environment.database.read {
            try await FundingServedQueries.counts(
                organisationID: file.application.organisationID,
                from: year.start,
                to: year.end,
                in: $0
            )
        }
    }
}
