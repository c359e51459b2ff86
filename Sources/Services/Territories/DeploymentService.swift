import Domain
import Foundation
import Persistence

/// National steering corrects the date AGIR was deployed in each département; every change is audited.
public struct DeploymentService: Sendable {
    let environment: ServiceEnvironment

    public init(environment: ServiceEnvironment) { self.environment = environment }

    /// Applies the typed dates (`YYYY-MM-DD` from 2022, when AGIR began, to two years ahead, or empty for "not
    /// deployed"), all or nothing, in one transaction; returns how many changed.
    public func update(_ typed: [String: String], actor: AccountSummary) async throws -> Int {
        guard NationalSteeringOnly().admits(actor.role) else { throw DomainError.forbidden }
        let latest = environment.time.todayInMetropolitanFrance().adding(years: 2)
        return try await environment.database.write { sql in
            let departements = try await TerritoryQueries.departements(locking: true, in: sql)
            var errors = FieldErrors()
            var changes: [(code: String, before: CalendarDay?, after: CalendarDay?)] = []
            for departement in departements {
                guard let text = typed[departement.code] else { continue }
                let field = "deploiement-\(departement.code)"
                let trimmed = text.trimmingCharacters(in: .whitespaces)
                if !trimmed.isEmpty, CalendarDay(iso: trimmed) == nil {
                    errors.add(
                        field,
                        "\(departement.label) : saisissez une date réelle, par exemple 2024-06-01, ou laissez vide."
                    )
                    continue
                }
                let count = errors.messages.count
                let after = errors.day(
                    text,
                    field: field,
                    notBefore: DayBound(
                        CalendarDay.firstOfJanuary(2022),
                        "\(departement.label) : AGIR a commencé en 2022 ; saisissez une date à partir du 1er janvier 2022."
                    ),
                    notAfter: DayBound(latest, "\(departement.label) : une date au plus deux ans à l'avance.")
                )
                guard errors.messages.count == count else { continue }
                // AGIR covers metropolitan France without Corsica: the page says so, and the rule would never use it.
                if after != nil, !EligibilityRule.metropolitanExceptCorsica(departement.code) {
                    errors.add(
                        field,
                        "\(departement.label) : AGIR ne couvre que la métropole hors Corse ; laissez ce champ vide."
                    )
                    continue
                }
                if departement.agirDeployedOn != after {
                    changes.append((departement.code, departement.agirDeployedOn, after))
                }
            }
            guard errors.isEmpty else { throw DomainError.invalid(errors) }
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
            return changes.count
        }
    }
}
