import Domain
import Foundation
import Persistence
import Services

/// Replays the support of one synthetic household through the caseworker's use cases.
struct DemoSupportReplay {
    let environment: ServiceEnvironment
    let householdID: String
    let actor: AccountSummary

    func replay(_ household: SyntheticHousehold) async throws {
        let casework = CaseworkService(environment: environment)
        let personIDs = try await addMembers(household)
        guard let welcome = household.welcome else { return }
        // The situation on the welcome day becomes the welcome form's "situation at entry".
        let entryHousing = household.milestones.first { $0.kind == "housing" && $0.date == welcome }
        let entryActivity = household.milestones.first {
            $0.kind == "activity" && $0.date == welcome && ($0.memberIndex ?? 0) == 0
        }
        let activity = Self.split(entryActivity?.value ?? "")
        try await casework.recordWelcome(
            householdID: householdID,
            date: welcome.iso,
            housing: entryHousing?.value ?? "",
            activity: activity.value,
            months: activity.months,
            actor: actor
        )
        if let contract = household.contract {
            try await casework.recordContract(householdID: householdID, date: contract.iso, actor: actor)
        }
        var diagnosis: [DiagnosisDomain: (situation: String, need: String, note: String)] = [:]
        for entry in household.diagnosis {
            guard let domain = DiagnosisDomain(rawValue: entry.domain) else { continue }
            diagnosis[domain] = ("", entry.need, "")
        }
        try await casework.saveDiagnosis(householdID: householdID, values: diagnosis, actor: actor)
        let milestones = MilestoneService(environment: environment)
        for milestone in household.milestones where milestone != entryHousing && milestone != entryActivity {
            let value = Self.split(milestone.value)
            try await milestones.record(
                householdID: householdID,
                input: .init(
                    kind: milestone.kind,
                    date: milestone.date.iso,
                    personID: milestone.memberIndex.flatMap { personIDs.indices.contains($0) ? personIDs[$0] : nil }
                        ?? (milestone.kind == "activity" ? personIDs[0] : ""),
                    right: milestone.value,
                    housing: milestone.value,
                    activity: value.value,
                    months: value.months
                ),
                actor: actor
            )
        }
        for contact in household.contacts.suffix(DemoCasework.contactsPerHousehold) {
            try await casework.addContact(
                householdID: householdID,
                date: contact.date.iso,
                mode: contact.mode,
                minutes: String(contact.minutes),
                attendees: "",
                note: contact.note,
                actor: actor
            )
        }
        try await replayPlan(household, personIDs: personIDs)
        if let exit = household.exit {
            let activity = Self.split(exit.activity)
            _ = try await casework.recordExit(
                householdID: householdID,
                date: exit.date.iso,
                reason: exit.reason,
                housing: exit.housing,
                activity: activity.value,
                months: activity.months,
                actor: actor
            )
        }
    }

    /// Adds the members after the reference person; returns every member's identifier, reference first.
    func addMembers(_ household: SyntheticHousehold) async throws -> [String] {
        let casework = CaseworkService(environment: environment)
        for member in household.members.dropFirst() {
            var person = PersonInput()
            person.documentNames = member.documentNames
            person.usualNames = member.usualNames
            person.birthYear = String(member.birthYear)
            person.birthMonth = member.birthMonth.map(String.init) ?? ""
            person.birthDay = member.birthDay.map(String.init) ?? ""
            person.sex = member.sex
            person.nationality = member.nationality
            // A protection is recorded with its decision date; joining relatives come without one.
            if let date = member.protectionDate {
                person.protection = member.protection ?? ""
                person.protectionAuthority = member.protectionAuthority ?? ""
                person.protectionDate = date.iso
            }
            person.cirSignatureDate = member.cirSignedOn?.iso ?? ""
            person.agdref = member.agdref ?? ""
            person.joiningRelative = member.joiningRelative
            _ = try await casework.addMember(
                householdID: householdID,
                person: person,
                relation: member.relation ?? MemberRelation.other.rawValue,
                arrivedOn: member.arrivedOn?.iso ?? "",
                duplicatesReviewed: true,
                actor: actor
            )
        }
        return try await environment.database.read {
            try await HouseholdQueries.members(householdID: householdID, in: $0)
        }.map(\.id)
    }

    /// Goals and actions, with the status and outcome of those already followed up.
    func replayPlan(_ household: SyntheticHousehold, personIDs: [String]) async throws {
        let plan = PlanService(environment: environment)
        for goal in household.goals {
            let goalID = try await plan.addGoal(
                householdID: householdID,
                domain: goal.domain,
                personID: goal.memberIndex.flatMap { personIDs.indices.contains($0) ? personIDs[$0] : nil } ?? "",
                title: goal.title,
                actor: actor
            )
            for action in goal.actions {
                // The demo's partner organisations are not the generator's: partner actions go to the caseworker.
                let who = action.actor == PlanActor.partner.rawValue ? PlanActor.caseworker.rawValue : action.actor
                let actionID = try await plan.addAction(
                    householdID: householdID,
                    goalID: goalID,
                    description: action.description,
                    actorKind: who,
                    partnerID: "",
                    due: action.due.iso,
                    actor: actor
                )
                if action.status != ActionStatus.todo.rawValue {
                    try await plan.updateAction(
                        householdID: householdID,
                        actionID: actionID,
                        status: action.status,
                        outcome: action.outcome,
                        actor: actor
                    )
                }
            }
        }
    }

    /// A stored activity ("cdd:8") as the form's value and months ("cdd", "8").
    static func split(_ stored: String) -> (value: String, months: String) {
        let parts = stored.split(separator: ":", maxSplits: 1).map(String.init)
        return (parts.first ?? "", parts.count > 1 ? parts[1] : "")
    }
}
