import Domain
import Foundation
import Persistence
import SQLKit

/// Records the milestones of a support (rights opened, housing moves, work and training) that the situation
/// snapshots are derived from. Only the household's caseworker and the operator's managers write; audited.
public struct MilestoneService: Sendable {
    let environment: ServiceEnvironment

    public init(environment: ServiceEnvironment) { self.environment = environment }

    /// What a milestone form carries; which fields matter depends on `kind`. Each kind has its own form on the
    /// page, so the date and person fields are named `milestoneDate-<kind>` and `milestonePerson-<kind>`.
    public struct Input: Sendable {
        public var kind = ""
        public var date = ""
        public var personID = ""
        public var right = ""
        public var housing = ""
        public var activity = ""
        public var months = ""

        public init(
            kind: String,
            date: String,
            personID: String = "",
            right: String = "",
            housing: String = "",
            activity: String = "",
            months: String = ""
        ) {
            self.kind = kind
            self.date = date
            self.personID = personID
            self.right = right
            self.housing = housing
            self.activity = activity
            self.months = months
        }
    }

    /// Records a milestone dated between the welcome interview and today.
    public func record(householdID: String, input: Input, actor: AccountSummary) async throws {
        var parsed = FieldErrors()
        let event = Self.event(input, &parsed)
        let parseErrors = parsed
        let id = environment.ids.makeIdentifier()
        try await environment.database.write { sql in
            let household = try await WritableHousehold.lock(householdID, actor: actor, in: sql)
            var errors = parseErrors
            guard let entry = household.welcomeInterview else {
                errors.add("milestoneDate-\(input.kind)", "Enregistrez d'abord l'entretien d'accueil.")
                throw DomainError.invalid(errors)
            }
            let day = CaseworkInputs.pastDay(
                input.date,
                field: "milestoneDate-\(input.kind)",
                today: environment.time.today(inDepartement: household.departement),
                notBefore: entry,
                notBeforeLabel: "l'entrée en accompagnement",
                &errors
            )
            var personID: String?
            if !input.personID.isEmpty {
                let members = try await HouseholdQueries.members(householdID: householdID, in: sql)
                if members.contains(where: { $0.id == input.personID }) {
                    personID = input.personID
                } else {
                    errors.add("milestonePerson-\(input.kind)", "Choisissez un membre du ménage.")
                }
            } else if input.kind == "activity" {
                errors.add("milestonePerson-\(input.kind)", "Choisissez la personne concernée.")
            }
            guard errors.isEmpty, let day, let event else { throw DomainError.invalid(errors) }
            let milestone = Milestone(id: id, date: day, personID: personID, event: event)
            try await Self.insert(milestone, householdID: householdID, actor: actor, environment: environment, in: sql)
        }
    }

    /// Writes a milestone and its audit event, inside the caller's transaction.
    static func insert(
        _ milestone: Milestone,
        householdID: String,
        actor: AccountSummary,
        environment: ServiceEnvironment,
        in sql: any SQLDatabase
    ) async throws {
        try await MilestoneRecords.insert(
            milestone,
            householdID: householdID,
            accountID: actor.id,
            at: environment.time.now(),
            in: sql
        )
        try await environment.audit(
            .milestoneRecorded,
            recordType: "jalon",
            id: milestone.id,
            before: [:],
            after: ["menage": householdID, "date": milestone.date.iso, "jalon": milestone.event.label],
            actor: actor,
            in: sql
        )
    }

    /// Reads the event of a milestone form, with a message per field when a choice is missing.
    static func event(_ input: Input, _ errors: inout FieldErrors) -> MilestoneEvent? {
        switch input.kind {
        case "right":
            guard let right = RightKind(rawValue: input.right) else {
                errors.add("milestoneRight", "Choisissez le droit ouvert.")
                return nil
            }
            return .rightOpened(right)
        case "housing":
            guard let housing = HousingSituation(rawValue: input.housing) else {
                errors.add("milestoneHousing", "Choisissez le logement.")
                return nil
            }
            return .housing(housing)
        case "activity":
            return ActivityChoice.read(input.activity, months: input.months, field: "milestoneActivity", &errors)
                .map { .activity($0) }
        default:
            errors.add("milestoneKind", "Choisissez le type de jalon.")
            return nil
        }
    }
}
