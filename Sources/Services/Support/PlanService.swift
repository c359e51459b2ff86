import Domain
import Foundation
import Persistence

/// The support plan: goals per domain and their actions, written by the household's caseworker or a manager.
public struct PlanService: Sendable {
    let environment: ServiceEnvironment

    public init(environment: ServiceEnvironment) { self.environment = environment }

    /// Adds a goal in a domain, for the household or one of its members.
    @discardableResult
    public func addGoal(
        householdID: String,
        domain: String,
        personID: String,
        title: String,
        actor: AccountSummary
    )
        async throws -> String
    {
        var parsed = FieldErrors()
        let goalDomain = DiagnosisDomain(rawValue: domain)
        if goalDomain == nil { parsed.add("goalDomain", "Choisissez le domaine de l'objectif.") }
        let text = PlanInputs.text(title, field: "goalTitle", label: "l'objectif", required: true, &parsed)
        let parseErrors = parsed
        let id = environment.ids.makeIdentifier()
        try await environment.database.write { sql in
            _ = try await WritableHousehold.lock(householdID, actor: actor, in: sql)
            var errors = parseErrors
            let members = try await HouseholdQueries.members(householdID: householdID, in: sql)
            if !personID.isEmpty, !members.contains(where: { $0.id == personID }) {
                errors.add("goalPerson", "Choisissez un membre du ménage, ou le ménage entier.")
            }
            guard errors.isEmpty, let goalDomain, let text else { throw DomainError.invalid(errors) }
            try await PlanRecords.insertGoal(
                id: id,
                householdID: householdID,
                domain: goalDomain.rawValue,
                personID: personID.isEmpty ? nil : personID,
                title: text,
                accountID: actor.id,
                at: environment.time.now(),
                in: sql
            )
            try await environment.audit(
                .planGoalAdded,
                recordType: "objectif",
                id: id,
                before: [:],
                after: ["domaine": goalDomain.label, "objectif": text],
                personalFields: ["objectif"],
                actor: actor,
                in: sql
            )
        }
        return id
    }

    /// Adds an action to a goal: what, who acts (a partner organisation when a partner), by when (within the
    /// support: from three years back to three years ahead).
    @discardableResult
    public func addAction(
        householdID: String,
        goalID: String,
        description: String,
        actorKind: String,
        partnerID: String,
        due: String,
        actor: AccountSummary
    ) async throws -> String {
        var parsed = FieldErrors()
        let text = PlanInputs.text(description, field: "actionDescription", label: "l'action", required: true, &parsed)
        let who = PlanActor(rawValue: actorKind)
        if who == nil { parsed.add("actionActor", "Choisissez qui agit.") }
        if goalID.isEmpty { parsed.add("actionGoal", "Choisissez l'objectif auquel l'action se rattache.") }
        let parseErrors = parsed
        let id = environment.ids.makeIdentifier()
        try await environment.database.write { sql in
            let household = try await WritableHousehold.lock(householdID, actor: actor, in: sql)
            var errors = parseErrors
            let today = environment.time.today(inDepartement: household.departement)
            let dueDay = errors.day(
                due,
                field: "actionDue",
                notBefore: DayBound(today.adding(years: -3), "L'échéance ne peut pas remonter à plus de trois ans."),
                notAfter: DayBound(today.adding(years: 3), "L'échéance ne peut pas dépasser trois ans.")
            )
            if who == .partner {
                let partners = try await PlanRecords.partners(departement: household.departement, in: sql)
                if !partners.contains(where: { $0.id == partnerID }) {
                    errors.add("actionPartner", "Choisissez l'organisation partenaire qui agit.")
                }
            }
            if !goalID.isEmpty, !(try await PlanRecords.goalBelongs(goalID, householdID: householdID, in: sql)) {
                throw DomainError.notFound
            }
            guard errors.isEmpty, let who, let text else { throw DomainError.invalid(errors) }
            try await PlanRecords.insertAction(
                id: id,
                goalID: goalID,
                householdID: householdID,
                description: text,
                actor: who.rawValue,
                partnerID: who == .partner ? partnerID : nil,
                due: dueDay,
                at: environment.time.now(),
                in: sql
            )
            try await environment.audit(
                .planActionAdded,
                recordType: "action",
                id: id,
                before: [:],
                after: ["action": text, "acteur": who.label, "echeance": dueDay?.iso],
                personalFields: ["action"],
                actor: actor,
                in: sql
            )
        }
        return id
    }

    /// Changes where an action stands and what came of it.
    public func updateAction(
        householdID: String,
        actionID: String,
        status: String,
        outcome: String,
        actor: AccountSummary
    )
        async throws
    {
        var errors = FieldErrors()
        let newStatus = ActionStatus(rawValue: status)
        if newStatus == nil { errors.add("actionStatus", "Choisissez l'état de l'action.") }
        let text = PlanInputs.text(outcome, field: "actionOutcome", label: "le résultat", required: false, &errors)
        let parseErrors = errors
        try await environment.database.write { sql in
            _ = try await WritableHousehold.lock(householdID, actor: actor, in: sql)
            guard parseErrors.isEmpty, let newStatus, let text else { throw DomainError.invalid(parseErrors) }
            guard
                try await PlanRecords.updateAction(
                    id: actionID,
                    householdID: householdID,
                    status: newStatus,
                    outcome: text,
                    at: environment.time.now(),
                    in: sql
                )
            else { throw DomainError.notFound }
            try await environment.audit(
                .planActionUpdated,
                recordType: "action",
                id: actionID,
                before: [:],
                after: ["etat": newStatus.label, "resultat": text.isEmpty ? nil : text],
                personalFields: ["resultat"],
                actor: actor,
                in: sql
            )
        }
    }
}
