import Domain
import Foundation
import Persistence
import SQLKit

/// The support of an accepted household: welcome interview, commitment contract, contacts and exit.
/// Only the household's caseworker and the operator's managers write (`HouseholdWriteRule`); each use case checks,
/// validates, writes and audits in one transaction, on the household's row locked as it reads it.
public struct CaseworkService: Sendable {
    let environment: ServiceEnvironment

    public init(environment: ServiceEnvironment) { self.environment = environment }

    /// Records the welcome interview, the day the household enters AGIR support.
    /// The housing and activity at entry are optional; when given they become the first milestones, dated that day.
    public func recordWelcome(
        householdID: String,
        date: String,
        housing: String = "",
        activity: String = "",
        months: String = "",
        actor: AccountSummary
    ) async throws {
        var parsed = FieldErrors()
        let entryEvents = Self.entryEvents(housing: housing, activity: activity, months: months, &parsed)
        let parseErrors = parsed
        try await environment.database.write { sql in
            let household = try await WritableHousehold.lock(householdID, actor: actor, in: sql)
            var errors = parseErrors
            let day = CaseworkInputs.pastDay(
                date,
                field: "welcomeDate",
                today: environment.time.today(inDepartement: household.departement),
                notBefore: household.referralDate,
                notBeforeLabel: "l'orientation",
                &errors
            )
            guard let day, errors.isEmpty else { throw DomainError.invalid(errors) }
            let reference = try await HouseholdQueries.members(householdID: householdID, in: sql)
                .first(where: \.isReference)?.id
            try await CaseworkRecords.setWelcomeInterview(day, householdID: householdID, in: sql)
            for event in entryEvents {
                let milestone = Milestone(
                    id: environment.ids.makeIdentifier(),
                    date: day,
                    personID: event.kind == "activity" ? reference : nil,
                    event: event
                )
                try await MilestoneService.insert(
                    milestone,
                    householdID: householdID,
                    actor: actor,
                    environment: environment,
                    in: sql
                )
            }
            try await environment.audit(
                .welcomeInterview,
                recordType: "menage",
                id: householdID,
                before: ["entretien_accueil": household.welcomeInterview?.iso],
                after: ["entretien_accueil": day.iso],
                actor: actor,
                in: sql
            )
        }
    }

    /// The housing and activity typed at entry, each optional.
    static func entryEvents(
        housing: String,
        activity: String,
        months: String,
        _ errors: inout FieldErrors
    ) -> [MilestoneEvent] {
        var events: [MilestoneEvent] = []
        if !housing.isEmpty {
            if let situation = HousingSituation(rawValue: housing) {
                events.append(.housing(situation))
            } else {
                errors.add("entryHousing", "Choisissez le logement à l'entrée dans la liste.")
            }
        }
        if !activity.isEmpty,
            let situation = ActivityChoice.read(activity, months: months, field: "entryActivity", &errors)
        {
            events.append(.activity(situation))
        }
        return events
    }

    /// Records the signature of the commitment contract, on or after the welcome interview.
    public func recordContract(householdID: String, date: String, actor: AccountSummary) async throws {
        try await environment.database.write { sql in
            let household = try await WritableHousehold.lock(householdID, actor: actor, in: sql)
            var errors = FieldErrors()
            guard let welcome = household.welcomeInterview else {
                errors.add("contractDate", "Enregistrez d'abord l'entretien d'accueil.")
                throw DomainError.invalid(errors)
            }
            let day = CaseworkInputs.pastDay(
                date,
                field: "contractDate",
                today: environment.time.today(inDepartement: household.departement),
                notBefore: welcome,
                notBeforeLabel: "l'entretien d'accueil",
                &errors
            )
            guard let day, errors.isEmpty else { throw DomainError.invalid(errors) }
            try await CaseworkRecords.setContractSigned(day, householdID: householdID, in: sql)
            try await environment.audit(
                .commitmentContractSigned,
                recordType: "menage",
                id: householdID,
                before: ["contrat_engagement": household.contractSigned?.iso],
                after: ["contrat_engagement": day.iso],
                actor: actor,
                in: sql
            )
        }
    }
}
