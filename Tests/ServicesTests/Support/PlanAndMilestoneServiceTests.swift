import Domain
import Persistence
import Services
import TestSupport
import Testing

/// The plan and the milestones of a support, called directly.
@Suite("Plan et jalons")
struct PlanAndMilestoneServiceTests {
    @Test func aGoalIsForTheHouseholdOrOneOfItsMembers() async throws {
        try await CaseworkFixture.run { fixture in
            let (household, person) = try await fixture.household()
            let (_, stranger) = try await fixture.household(names: "AUTRE Personne")
            let plan = PlanService(environment: fixture.environment)
            let goal = try await plan.addGoal(
                householdID: household,
                domain: DiagnosisDomain.housing.rawValue,
                personID: person,
                title: "Accéder à un logement social",
                actor: fixture.caseworker
            )
            let error = await #expect(throws: DomainError.self) {
                try await plan.addGoal(
                    householdID: household,
                    domain: DiagnosisDomain.housing.rawValue,
                    personID: stranger,
                    title: "Objectif",
                    actor: fixture.caseworker
                )
            }
            guard case .invalid(let errors) = error else {
                Issue.record("\(String(describing: error))")
                return
            }
            #expect(errors["goalPerson"] != nil)
            // An action's deadline stays within three years either side of today.
            let late = await #expect(throws: DomainError.self) {
                try await plan.addAction(
                    householdID: household,
                    goalID: goal,
                    description: "Déposer la demande",
                    actorKind: PlanActor.caseworker.rawValue,
                    partnerID: "",
                    due: "2099-01-01",
                    actor: fixture.caseworker
                )
            }
            guard case .invalid(let dueErrors) = late else {
                Issue.record("\(String(describing: late))")
                return
            }
            #expect(dueErrors["actionDue"] == "L'échéance ne peut pas dépasser trois ans.")
            await #expect(throws: DomainError.notFound) {
                try await plan.updateAction(
                    householdID: household,
                    actionID: "inconnue",
                    status: ActionStatus.done.rawValue,
                    outcome: "",
                    actor: fixture.caseworker
                )
            }
        }
    }

    @Test func aMilestoneIsDatedInTheSupportAndAnActivityNamesItsPerson() async throws {
        try await CaseworkFixture.run { fixture in
            let (household, person) = try await fixture.household()
            let milestones = MilestoneService(environment: fixture.environment)
            let before = await #expect(throws: DomainError.self) {
                try await milestones.record(
                    householdID: household,
                    input: .init(
                        kind: "right",
                        date: fixture.today.adding(days: -30).iso,
                        right: RightKind.caf.rawValue
                    ),
                    actor: fixture.caseworker
                )
            }
            guard case .invalid(let errors) = before else {
                Issue.record("\(String(describing: before))")
                return
            }
            #expect(errors["milestoneDate-right"]?.contains("ne peut pas précéder l'entrée") == true)
            let anonymous = await #expect(throws: DomainError.self) {
                try await milestones.record(
                    householdID: household,
                    input: .init(kind: "activity", date: fixture.today.iso, activity: "cdd", months: "48"),
                    actor: fixture.caseworker
                )
            }
            guard case .invalid(let activityErrors) = anonymous else {
                Issue.record("\(String(describing: anonymous))")
                return
            }
            #expect(activityErrors["milestonePerson-activity"] == "Choisissez la personne concernée.")
            #expect(activityErrors["milestoneActivity"] == "Indiquez la durée du CDD en mois (1 à 36).")
            try await milestones.record(
                householdID: household,
                input: .init(
                    kind: "activity",
                    date: fixture.today.iso,
                    personID: person,
                    activity: "cdd",
                    months: "12"
                ),
                actor: fixture.caseworker
            )
            #expect(try await fixture.count("milestones", where: "household_id = '\(household)'") == 1)
        }
    }
}
