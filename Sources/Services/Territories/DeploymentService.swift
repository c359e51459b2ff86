import Domain
import Foundation
import Persistence

/// National steering corrects the date AGIR was deployed in each département; every change is audited.
public struct DeploymentService: Sendable {
    let environment: ServiceEnvironment

    public init(environment: ServiceEnvironment) { self.environment = environment }

    /// Applies the typed dates (`YYYY-MM-DD`, or empty for "not deployed"), all or nothing; returns how many changed.
    public func update(_ typed: [String: String], actor: AccountSummary) async throws -> Int {
        guard NationalSteeringOnly().admits(actor.role) else { throw DomainError.forbidden }
        let departements = try await TerritoryQueries(database: environment.database).departements()
        var errors = FieldErrors()
        var changes: [(code: String, before: CalendarDay?, after: CalendarDay?)] = []
        for departement in departements {
            guard let text = typed[departement.code]?.trimmingCharacters(in: .whitespaces) else { continue }
            let before = departement.agirDeployedOn.map { CalendarDay(date: $0) }
            let after: CalendarDay?
            if text.isEmpty {
                after = nil
            } else if let day = CalendarDay(iso: text) {
                // AGIR covers metropolitan France without Corsica: the page says so, and the rule would never use it.
                guard EligibilityRule.metropolitanExceptCorsica(departement.code) else {
                    errors.add(
                        "deploiement-\(departement.code)",
                        "\(departement.label) : AGIR ne couvre que la métropole hors Corse ; laissez ce champ vide."
                    )
                    continue
                }
                after = day
            } else {
                errors.add(
                    "deploiement-\(departement.code)",
                    "\(departement.label) : saisissez une date réelle (jour, mois, année) ou laissez vide."
                )
                continue
            }
            if before != after { changes.append((departement.code, before, after)) }
        }
        guard errors.isEmpty else { throw DomainError.invalid(errors) }
        try await environment.database.write { sql in
            for change in changes {
                try await DeploymentRecords.set(change.after, departementCode: change.code, in: sql)
                try await environment.audit(
                    .agirDeploymentChanged,
                    recordType: "departement",
                    id: change.code,
                    before: ["deploiement_agir": change.before?.iso],
                    after: ["deploiement_agir": change.after?.iso],
                    actor: actor,
                    in: sql
                )
            }
        }
        return changes.count
    }
}
