import Domain
import Testing

@testable import SampleData
@testable import Services

@Suite("Invariants")
struct InvariantTests {
    private let today = Fixtures.today
    private let sample = Fixtures.sample

    @Test("referral, welcome, contract and exit are ordered and never after today")
    func keyDates() {
        for household in sample {
            let departement = Fixtures.departements.first { $0.code == household.departement }!
            #expect(household.referralDate >= departement.deployedOn)
            #expect(household.referralDate <= today)
            if let welcome = household.welcome {
                #expect(welcome <= today)
                #expect((3...40).contains(household.referralDate.days(to: welcome)))
            }
            if let contract = household.contract {
                let welcome = household.welcome!
                #expect(contract <= today)
                #expect((0...45).contains(welcome.days(to: contract)))
                if let exit = household.exit { #expect(contract <= exit.date) }
            }
            if let exit = household.exit {
                let welcome = household.welcome!
                #expect(exit.date <= today)
                #expect(exit.date > welcome)
                #expect(exit.date <= welcome.adding(months: 24))
            }
        }
    }

    @Test("support never exceeds 24 months and only accepted households are welcomed")
    func supportStatus() {
        for household in sample {
            if let welcome = household.welcome {
                guard case .accepted = household.decision else {
                    Issue.record("welcomed but not accepted: \(household.index)")
                    continue
                }
                if welcome.adding(months: 24) <= today { #expect(household.exit != nil) }
            } else {
                #expect(household.contract == nil && household.exit == nil)
                #expect(household.milestones.isEmpty && household.contacts.isEmpty)
                #expect(household.goals.isEmpty && household.diagnosis.isEmpty)
            }
            if case .accepted(let slot) = household.decision {
                #expect((0..<Fixtures.population.caseworkerCount(departement: household.departement)).contains(slot))
            }
            if case .declined(let reason) = household.decision {
                #expect(SyntheticVocabulary.declineReasons.contains(reason))
            }
        }
    }

    @Test("milestones and contacts lie between welcome and exit or today, in order")
    func eventWindow() {
        for household in Fixtures.welcomed {
            let welcome = household.welcome!
            let end = household.exit?.date ?? today
            let dates = household.milestones.map(\.date) + household.contacts.map(\.date)
            #expect(dates.allSatisfy { $0 >= welcome && $0 <= end && $0 <= today })
            #expect(household.milestones.map(\.date) == household.milestones.map(\.date).sorted())
            #expect(household.contacts.map(\.date) == household.contacts.map(\.date).sorted())
            #expect(household.contacts.first?.date == welcome)
        }
    }

    @Test("entry situations are dated on the welcome day and exit situations equal the last milestones")
    func entryAndExitSituations() {
        for household in Fixtures.welcomed {
            let housing = household.milestones.filter { $0.kind == "housing" }
            let activity = household.milestones.filter { $0.kind == "activity" && $0.memberIndex == 0 }
            #expect(housing.first?.date == household.welcome)
            #expect(activity.first?.date == household.welcome)
            #expect(Set(housing.map(\.date)).count == housing.count)
            #expect(Set(activity.map(\.date)).count == activity.count)
            #expect(housing.count <= 4)
            if let exit = household.exit {
                #expect(exit.housing == housing.last?.value)
                #expect(exit.activity == activity.last?.value)
            }
        }
    }

    @Test("every value comes from its vocabulary")
    func vocabularies() {
        let domains = SyntheticVocabulary.diagnosisDomains
        for household in sample {
            for milestone in household.milestones {
                switch milestone.kind {
                case "right":
                    #expect(SyntheticVocabulary.rights.contains(milestone.value))
                    #expect((milestone.value == "caf") == (milestone.memberIndex == nil))
                case "housing":
                    #expect(SyntheticVocabulary.housing.contains(milestone.value))
                    #expect(milestone.memberIndex == nil)
                case "activity":
                    #expect(SyntheticVocabulary.isActivity(milestone.value), "\(milestone.value)")
                    #expect(milestone.memberIndex.map { household.members[$0].protection != nil } == true)
                default:
                    Issue.record("unknown milestone kind \(milestone.kind)")
                }
            }
            for contact in household.contacts {
                #expect(SyntheticVocabulary.contactModes.contains(contact.mode))
                #expect((15...120).contains(contact.minutes))
                #expect(!contact.note.isEmpty)
            }
            if !household.diagnosis.isEmpty {
                #expect(household.diagnosis.map(\.domain) == domains)
                #expect(household.diagnosis.allSatisfy { SyntheticVocabulary.needs.contains($0.need) })
            }
            if let exit = household.exit {
                #expect(SyntheticVocabulary.exitReasons.contains(exit.reason))
                #expect(SyntheticVocabulary.housing.contains(exit.housing))
                #expect(SyntheticVocabulary.isActivity(exit.activity))
            }
        }
    }

    @Test("goals follow the diagnosis and actions are dated and closed consistently")
    func goalsAndActions() {
        for household in Fixtures.welcomed {
            let needs = Dictionary(uniqueKeysWithValues: household.diagnosis.map { ($0.domain, $0.need) })
            #expect(household.goals.count <= 4)
            for goal in household.goals {
                #expect(["moyen", "fort"].contains(needs[goal.domain]))
                #expect(!goal.title.isEmpty && (2...4).contains(goal.actions.count))
                if let member = goal.memberIndex { #expect(household.members[member].protection != nil) }
                for action in goal.actions {
                    #expect(SyntheticVocabulary.actors.contains(action.actor))
                    #expect(SyntheticVocabulary.actionStatuses.contains(action.status))
                    #expect(action.due >= household.welcome!)
                    #expect(action.outcome.isEmpty == ["a_faire", "en_cours"].contains(action.status))
                    if let exit = household.exit {
                        #expect(action.due <= exit.date && ["faite", "abandonnee"].contains(action.status))
                    } else if action.due > today {
                        // Open actions may be planned up to three months ahead; closed ones are in the past.
                        #expect(action.due <= today.adding(days: 90))
                        #expect(["a_faire", "en_cours"].contains(action.status))
                    }
                }
            }
        }
    }

    @Test("members are consistent: relations, protection window, CIR, AGDREF")
    func members() {
        var agdrefs = Set<String>()
        var count = 0
        for household in sample {
            let referral = household.referralDate
            let earliest = CalendarDay.firstOfJanuary(referral.year - 1)
            #expect(household.members[0].relation == nil)
            #expect(household.members[0].protection != nil && household.members[0].protectionDate != nil)
            #expect(household.members[0].joiningRelative == false)
            for (position, person) in household.members.enumerated() {
                #expect(person.nationality == household.members[0].nationality)
                #expect(["M", "F"].contains(person.sex))
                if position > 0 {
                    #expect(person.relation.map(SyntheticVocabulary.relations.contains) == true)
                }
                let age = referral.year - person.birthYear
                let adult = person.protection != nil
                #expect(adult ? (18...66).contains(age) : (0...18).contains(age))
                if let month = person.birthMonth {
                    #expect((1...12).contains(month))
                    if let day = person.birthDay {
                        #expect(CalendarDay(year: person.birthYear, month: month, day: day) != nil)
                    }
                } else {
                    #expect(person.birthDay == nil)
                }
                #expect(person.joiningRelative == (person.arrivedOn != nil))
                if let arrived = person.arrivedOn { #expect(arrived > referral && arrived <= today) }
                #expect(person.protectionAuthority.map(SyntheticVocabulary.protectionAuthorities.contains) ?? !adult)
                #expect(person.protection.map(SyntheticVocabulary.protections.contains) ?? true)
                if let date = person.protectionDate {
                    #expect(date >= earliest && date <= referral.adding(months: -2))
                }
                if let cir = person.cirSignedOn, let date = person.protectionDate {
                    #expect((0...90).contains(date.days(to: cir)) && cir < referral)
                }
                #expect((person.agdref != nil) == adult)
                if let agdref = person.agdref {
                    #expect(agdref.count == 10 && agdref.allSatisfy(\.isNumber))
                    agdrefs.insert(agdref)
                    count += 1
                }
                #expect(person.documentNames.split(separator: " ").count >= 2)
            }
        }
        #expect(agdrefs.count == count)
    }

    @Test("children carry their father's family name, or the reference person's")
    func childrenFamilyNames() {
        for household in sample {
            let father = household.members.first { $0.sex == "M" && ($0.relation == nil || $0.relation == "conjoint") }
            let parentName = (father ?? household.members[0]).documentNames
            let parentFamily = familyName(parentName)
            for child in household.members where child.relation == "enfant" {
                let childFamily = familyName(child.documentNames)
                // Feminine endings (-ov / -ova) make one name a prefix of the other.
                #expect(
                    childFamily.hasPrefix(parentFamily) || parentFamily.hasPrefix(childFamily),
                    "\(child.documentNames) / \(parentName)"
                )
            }
        }
    }

    @Test("communes come from the département's list; undeployed départements get no household")
    func communes() {
        for household in sample {
            let departement = Fixtures.departements.first { $0.code == household.departement }!
            if departement.communes.isEmpty {
                #expect(household.commune == nil)
            } else {
                #expect(household.commune.map(departement.communes.contains) == true)
            }
            #expect(household.departement != "974")
        }
    }

    @Test("name lists are rich enough and free of duplicates")
    func nameLists() {
        let groups: [NameGroup] = [
            .afghan, .westAfrican, .akan, .turkishKurdish, .congolese, .arabic, .tigrinya, .somali, .bengali, .urdu,
            .albanian, .georgian, .chechen, .haitian, .persian, .nigerianCameroonian, .sahelArabic,
        ]
        for group in groups {
            #expect(group.male.count >= 30 && group.female.count >= 30 && group.family.count >= 40)
            #expect(Set(group.male).count == group.male.count)
            #expect(Set(group.female).count == group.female.count)
            #expect(Set(group.family).count == group.family.count)
        }
        #expect(NameGroup.afghan.otherSpellings(of: "Ahmadzai").contains("Ahmadzay"))
        #expect(NameGroup.westAfrican.otherSpellings(of: "Diallo").contains("Jallow"))
    }

    private func familyName(_ documentNames: String) -> String {
        // The family name is the capitalised prefix; it may contain spaces ("AL-AHMAD", "SAINT-FLEUR").
        let words = documentNames.split(separator: " ")
        return words.prefix { $0 == $0.uppercased() }.joined(separator: " ")
    }
}
