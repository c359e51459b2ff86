import Domain
import Foundation
import Persistence
import Services

extension DemoCasework {
    /// How many generated households join the twelve written by hand, so that the demo shows about seventy.
    static let generatedCount = 60
    /// How far back the generated history goes: long enough for households referred before the last year to leave
    /// during it, so that every month of the last year has referrals, entries and most have exits.
    static let historyMonths = 30
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
        // The Rhône deployed AGIR in 2022, but the demo's history covers the last thirty months only, evenly, so that
        // sixty households fill every month a dashboard shows rather than a few over four years.
        let deployed = today.adding(months: -Self.historyMonths)
        let communes = try await environment.database.read {
            try await SeedReference.communes(departement: "69", in: $0)
        }
        var settings = PopulationSettings(
            households: Self.generatedCount,
            departements: [DepartementWeight(code: "69", weight: 1, deployedOn: deployed, communes: communes)],
            today: today,
            seed: 69
        )
        settings.spreadReferralsEvenly = true
        let population = SyntheticPopulation(settings: settings)
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
        // Decided two days after the referral, as `parcours seed` dates it, and never after the welcome interview.
        let twoDaysLater = household.referralDate.adding(days: 2)
        let decisionDay = household.welcome.map { min($0, twoDaysLater) } ?? twoDaysLater
        let decisions = ReferralService(environment: at(decisionDay, hour: 14))
        switch household.decision {
        case .pending: return true
        case .declined(let reason):
            try await decisions.decide(id: id, accept: false, caseworkerID: "", reason: reason, actor: actors.manager)
            return true
        case .accepted:
            try await decisions.decide(
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
