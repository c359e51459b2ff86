import Domain
import Testing

@testable import SampleData
@testable import Services

@Suite("Distributions over 20 000 households")
struct DistributionTests {
    private let sample = Fixtures.sample
    private let welcomed = Fixtures.welcomed

    @Test("64 % of reference persons are men")
    func referenceSex() {
        let men = Fixtures.share(sample) { $0.members[0].sex == "M" }
        #expect((0.60...0.68).contains(men), "\(men)")
    }

    @Test("Afghanistan leads the origins with about 30 %")
    func origins() {
        let afghans = Fixtures.share(sample) { $0.members[0].nationality == "AF" }
        #expect((0.26...0.34).contains(afghans), "\(afghans)")
        let guineans = Fixtures.share(sample) { $0.members[0].nationality == "GN" }
        #expect((0.06...0.10).contains(guineans), "\(guineans)")
    }

    @Test("households have about 2.5 persons, many single adults, up to large families")
    func householdSize() {
        let size = Fixtures.mean(sample) { Double($0.members.count) }
        #expect((2.2...2.8).contains(size), "\(size)")
        let singles = Fixtures.share(sample) { $0.members.count == 1 }
        #expect((0.36...0.48).contains(singles), "\(singles)")
        #expect(sample.contains { $0.members.count >= 7 })
        let joining = Fixtures.share(sample) { $0.members.contains(where: \.joiningRelative) }
        #expect((0.03...0.07).contains(joining), "\(joining)")
    }

    @Test("adults are about 32 years old at referral")
    func adultAge() {
        let adults = sample.flatMap { household in
            household.members.filter { $0.protection != nil }.map { household.referralDate.year - $0.birthYear }
        }
        let age = Fixtures.mean(adults) { Double($0) }
        #expect((30...34).contains(age), "\(age)")
    }

    @Test("partial birth dates, usual names and A1 level are as common as expected")
    func personDetails() {
        let persons = sample.flatMap(\.members)
        let yearOnly = Fixtures.share(persons) { $0.birthMonth == nil }
        let monthYear = Fixtures.share(persons) { $0.birthMonth != nil && $0.birthDay == nil }
        let usual = Fixtures.share(persons) { !$0.usualNames.isEmpty }
        let adults = persons.filter { $0.protection != nil }
        let a1 = Fixtures.share(adults) { $0.reachedA1 }
        #expect((0.13...0.17).contains(yearOnly), "\(yearOnly)")
        #expect((0.08...0.12).contains(monthYear), "\(monthYear)")
        #expect((0.37...0.43).contains(usual), "\(usual)")
        #expect((0.63...0.73).contains(a1), "\(a1)")
    }

    @Test("protection: about 55 % refugees, 42 % subsidiary, 3 % stateless, 75 % by OFPRA")
    func protection() {
        let references = sample.map { $0.members[0] }
        let refugee = Fixtures.share(references) { $0.protection == "refugee" }
        let subsidiary = Fixtures.share(references) { $0.protection == "subsidiary" }
        let stateless = Fixtures.share(references) { $0.protection == "stateless" }
        let ofpra = Fixtures.share(references) { $0.protectionAuthority == "OFPRA" }
        #expect((0.50...0.61).contains(refugee), "\(refugee)")
        #expect((0.37...0.47).contains(subsidiary), "\(subsidiary)")
        #expect((0.015...0.045).contains(stateless), "\(stateless)")
        #expect((0.71...0.79).contains(ofpra), "\(ofpra)")
    }

    @Test("decisions: about 6 % declined, recent referrals mostly pending")
    func decisions() {
        let declined = Fixtures.share(sample) {
            if case .declined = $0.decision { true } else { false }
        }
        #expect((0.045...0.075).contains(declined), "\(declined)")
        let recent = sample.filter { $0.referralDate.days(to: Fixtures.today) < 21 }
        let pending = Fixtures.share(recent) { $0.decision == .pending }
        #expect(pending > 0.6, "\(pending)")
        let old = sample.filter { $0.referralDate.days(to: Fixtures.today) > 60 }
        #expect(!old.contains { $0.decision == .pending })
    }

    @Test("the welcome interview comes about 12 days after referral")
    func welcomeDelay() {
        let delays = welcomed.map { $0.referralDate.days(to: $0.welcome!) }.sorted()
        let median = delays[delays.count / 2]
        #expect((10...14).contains(median), "\(median)")
    }

    @Test("39 % enter in asylum accommodation, 80 % without job or training")
    func entrySituations() {
        let asylum = Fixtures.share(welcomed) { household in
            household.milestones.first { $0.kind == "housing" }?.value == "asylum_accommodation"
        }
        #expect((0.35...0.43).contains(asylum), "\(asylum)")
        let idle = Fixtures.share(welcomed) { household in
            let entry = household.milestones.first { $0.kind == "activity" && $0.memberIndex == 0 }!.value
            return SyntheticVocabulary.withoutJobOrTraining.contains(entry)
        }
        #expect((0.75...0.85).contains(idle), "\(idle)")
    }

    @Test("about 70 % sustainable housing and 45–50 % sustainable activity at exit")
    func exitOutcomes() {
        let exits = sample.compactMap(\.exit)
        #expect(exits.count > 3_000)
        let housing = Fixtures.share(exits) { SyntheticVocabulary.sustainableHousing.contains($0.housing) }
        let activity = Fixtures.share(exits) { SyntheticVocabulary.isSustainableActivity($0.activity) }
        #expect((0.64...0.76).contains(housing), "\(housing)")
        #expect((0.42...0.53).contains(activity), "\(activity)")
    }

    @Test("about three and a half contacts per month of support, about 87 for a full 24 months")
    func contacts() {
        let months = welcomed.reduce(0.0) { total, household in
            total + Double(household.welcome!.days(to: household.exit?.date ?? Fixtures.today)) / 30.44
        }
        let perMonth = Double(welcomed.reduce(0) { $0 + $1.contacts.count }) / months
        #expect((3.2...4.2).contains(perMonth), "\(perMonth)")
        let full = welcomed.filter { $0.exit?.reason == "maximum_duration_reached" }
        let perFullSupport = Fixtures.mean(full) { Double($0.contacts.count) }
        #expect((75...100).contains(perFullSupport), "\(perFullSupport)")
    }

    @Test("about 10 actions in 3 to 4 goals per accepted household")
    func goals() {
        let actions = Fixtures.mean(welcomed) { Double($0.goals.reduce(0) { $0 + $1.actions.count }) }
        let goals = Fixtures.mean(welcomed) { Double($0.goals.count) }
        #expect((8.5...11.5).contains(actions), "\(actions)")
        #expect((3.0...4.0).contains(goals), "\(goals)")
    }

    @Test("housing and language needs are mostly medium or strong")
    func needs() {
        for domain in ["logement", "langue_francaise"] {
            let strong = Fixtures.share(welcomed) { household in
                let need = household.diagnosis.first { $0.domain == domain }!.need
                return need == "moyen" || need == "fort"
            }
            #expect(strong > 0.6, "\(domain): \(strong)")
        }
    }
}
