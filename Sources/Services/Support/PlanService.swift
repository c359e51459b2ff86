import Domain
import Foundation
import Persistence

/// The support plan: goals per domain and their actions, written by the household's caseworker or a manager.
public struct PlanService: Sendable {
    let environment: ServiceEnvironment

    public init(environment: ServiceEnvironment) { self.environment = environment }

    var casework: CaseworkService { CaseworkService(environment: environment) }

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
        _ = try await casework.writable(householdID, actor: actor)
        var errors = FieldErrors()
        let goalDomain = DiagnosisDomain(rawValue: domain)
        if goalDomain == nil { errors.add("goalDomain", "Choisissez le domaine de l'objectif.") }
        let text = PlanInputs.text(title, field: "goalTitle", label: "l'objectif", required: true, &errors)
        let members = try await environment.database.read {
            try await HouseholdQueries.members(householdID: householdID, in: $0)
        }
        if !personID.isEmpty, !members.contains(where: { $0.id == personID }) {
            errors.add("goalPerson", "Choisissez un membre du ménage, ou le ménage entier.")
        }
        guard errors.isEmpty, let goalDomain else { throw DomainError.invalid(errors) }
        let id = environment.ids.makeIdentifier()
        try await environment.database.write { sql in
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

    /// Adds an action to a goal: what, who acts (a partner organisation when a partner), by when.
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
        let household = try await casework.writable(householdID, actor: actor)
        var errors = FieldErrors()
        let text = PlanInputs.text(description, field: "actionDescription", label: "l'action", required: true, &errors)
        let who = PlanActor(rawValue: actorKind)
        if who == nil { errors.add("actionActor", "Choisissez qui agit.") }
        let partners = try await environment.database.read {
            try await PlanRecords.partners(departement: household.departement, in: $0)
        }
        if who == .partner, !partners.contains(where: { $0.id == partnerID }) {
            errors.add("actionPartner", "Choisissez l'organisation partenaire qui agit.")
        }
        var dueDay: CalendarDay?
        if !due.isEmpty {
            dueDay = CalendarDay(iso: due)
            if dueDay == nil {
                errors.add("actionDue", "Saisissez une date réelle, par exemple 2026-12-15, ou laissez vide.")
            }
        }
        if goalID.isEmpty {
            errors.add("actionGoal", "Choisissez l'objectif auquel l'action se rattache.")
        } else {
            let belongs = try await environment.database.read {
                try await PlanRecords.goalBelongs(goalID, householdID: householdID, in: $0)
            }
            guard belongs else { throw DomainError.notFound }
        }
        guard errors.isEmpty, let who else { throw DomainError.invalid(errors) }
        let id = environment.ids.makeIdentifier()
        try await environment.database.write { sql in
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
        _ = try await casework.writable(householdID, actor: actor)
        var errors = FieldErrors()
        let newStatus = ActionStatus(rawValue: status)
        if newStatus == nil { errors.add("actionStatus", "Choisissez l'état de l'action.") }
        let text = PlanInputs.text(outcome, field: "actionOutcome", label: "le résultat", required: false, &errors)
        guard errors.isEmpty, let newStatus else { throw DomainError.invalid(errors) }
        try await environment.database.write { sql in
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
