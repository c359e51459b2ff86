import Domain
import Foundation
import Persistence
import Services

extension DemoCasework {
    /// How many generated households join the twelve written by hand, so that the demo shows about forty.
    static let generatedCount = 28
    /// The contacts replayed per household: the most recent ones, enough to show a living file.
    static let contactsPerHousehold = 10

    /// The accounts the demo acts as.
    struct Actors {
        let ofii: AccountSummary
        let manager: AccountSummary
        let caseworker: AccountSummary
    }

    /// Replays households of the synthetic population of the Rhône through the same use cases as the screens:
    /// referral, decision, members, welcome with the situation at entry, contract, diagnosis, milestones,
    /// contacts, plan and exit. Returns how many referrals were written.
    func loadGenerated(actors: Actors) async throws -> Int {
        let today = environment.time.today(inDepartement: "69")
        let departement = try await TerritoryQueries(database: environment.database).departement(code: "69")
        let deployed = departement?.agirDeployedOn ?? today.adding(months: -24)
        let communes = try await environment.database.read {
            try await SeedReference.communes(departement: "69", in: $0)
        }
        let population = SyntheticPopulation(
            settings: PopulationSettings(
                households: Self.generatedCount,
                departements: [DepartementWeight(code: "69", weight: 1, deployedOn: deployed, communes: communes)],
                today: today,
                seed: 69
            )
        )
        var written = 0
        for index in 0..<Self.generatedCount {
            if try await replay(population.household(at: index), actors: actors) { written += 1 }
        }
        return written
    }

    /// Replays one household; false when the referral was not written.
    func replay(_ household: SyntheticHousehold, actors: Actors) async throws -> Bool {
        let referrals = ReferralService(environment: environment)
        let reference = household.members[0]
        var input = ReferralInput()
        input.referralDate = household.referralDate.iso
        input.departement = household.departement
        input.commune = household.commune ?? ""
        input.documentNames = reference.documentNames
        input.usualNames = reference.usualNames
        input.birthYear = String(reference.birthYear)
        input.birthMonth = reference.birthMonth.map(String.init) ?? ""
        input.birthDay = reference.birthDay.map(String.init) ?? ""
        input.sex = reference.sex
        input.nationality = reference.nationality
        input.protection = reference.protection ?? ""
        input.protectionAuthority = reference.protectionAuthority ?? ""
        input.protectionDate = reference.protectionDate?.iso ?? ""
        input.cirSignatureDate = reference.cirSignedOn?.iso ?? ""
        input.agdref = reference.agdref ?? ""
        guard case .created(let id) = try await referrals.create(input, duplicatesReviewed: true, actor: actors.ofii)
        else { return false }
        switch household.decision {
        case .pending: return true
        case .declined(let reason):
            try await referrals.decide(id: id, accept: false, caseworkerID: "", reason: reason, actor: actors.manager)
            return true
        case .accepted:
            try await referrals.decide(
                id: id,
                accept: true,
                caseworkerID: actors.caseworker.id,
                reason: "",
                actor: actors.manager
            )
        }
        let householdID = try await referrals.find(id: id, actor: actors.caseworker).householdID
        try await DemoSupportReplay(environment: environment, householdID: householdID, actor: actors.caseworker)
            .replay(household)
        return true
    }
}
