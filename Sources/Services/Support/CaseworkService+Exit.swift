import Domain
import Foundation
import Persistence

extension CaseworkService {
    /// Records the exit with the situations at exit; the positive-exit rule decides whether it is positive. The
    /// household moves from support to exit (`HouseholdStage`), so a second exit, or any write after it, is refused.
    public func recordExit(
        householdID: String,
        date: String,
        reason: String,
        housing: String,
        activity: String,
        months: String,
        actor: AccountSummary
    ) async throws -> ExitAssessment {
        var parsed = FieldErrors()
        let exitReason = ExitReason(rawValue: reason)
        if exitReason == nil { parsed.add("exitReason", "Choisissez le motif de sortie.") }
        let housingSituation = HousingSituation(rawValue: housing)
        if housingSituation == nil { parsed.add("exitHousing", "Choisissez la situation de logement à la sortie.") }
        let activitySituation = ActivityChoice.read(activity, months: months, field: "exitActivity", &parsed)
        let parseErrors = parsed
        return try await environment.database.write { sql in
            let household = try await WritableHousehold.lock(householdID, actor: actor, in: sql)
            _ = try household.stage.moving(to: .exited)
            var errors = parseErrors
            let day = CaseworkInputs.pastDay(
                date,
                field: "exitDate",
                today: environment.time.today(inDepartement: household.departement),
                notBefore: household.welcomeInterview,
                notBeforeLabel: "l'entrée en accompagnement",
                &errors
            )
            guard errors.isEmpty, let day, let exitReason, let housingSituation, let activitySituation else {
                throw DomainError.invalid(errors)
            }
            let assessment = PositiveExitRule.evaluate(housing: housingSituation, activity: activitySituation)
            try await CaseworkRecords.insertExit(
                householdID: householdID,
                day: day,
                reason: exitReason.rawValue,
                housing: housingSituation.rawValue,
                activity: activitySituation.storedValue,
                positive: assessment.positive,
                accountID: actor.id,
                at: environment.time.now(),
                in: sql
            )
            try await environment.audit(
                .exitRecorded,
                recordType: "menage",
                id: householdID,
                before: [:],
                after: [
                    "sortie": day.iso, "motif": exitReason.label, "logement": housingSituation.label,
                    "activite": activitySituation.label, "sortie_positive": assessment.positive ? "oui" : "non",
                ],
                actor: actor,
                in: sql
            )
            return assessment
        }
    }
}
