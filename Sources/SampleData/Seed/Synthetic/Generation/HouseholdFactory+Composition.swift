import Domain
import Services

extension HouseholdFactory {
    /// Draws who lives in the household, then names, birth dates and protection for each member.
    mutating func drawRoster(origin: Origin, referral: Int) -> Roster {
        let group = origin.names.draw(&rng)
        var plans = drawMemberPlans(group: group)
        let arrival = drawJoiningRelatives(&plans, referral: referral)
        let window = ProtectionWindow(referral: referral)
        let reference = drawProtection(origin: origin, window: window)
        var persons: [SyntheticPerson] = []
        persons.reserveCapacity(plans.count)
        for (position, member) in plans.enumerated() {
            let names = drawNames(group: group, familyBase: member.familyBase, sex: member.sex)
            let birth = CalendarDay(daysSinceEpoch: referral - member.daysOld)
            let precision = rng.unit()
            let adult = member.age >= 18
            let protection =
                adult
                ? memberProtection(member, position: position, reference: reference, origin: origin, window: window)
                : nil
            let reachedA1 =
                adult && rng.chance(member.joining ? 0.2 : (origin.francophone ? 0.92 : 0.585))
            persons.append(
                SyntheticPerson(
                    documentNames: names.document,
                    usualNames: names.usual,
                    sex: member.sex,
                    birthYear: birth.year,
                    birthMonth: precision < 0.15 ? nil : birth.month,
                    birthDay: precision < 0.25 ? nil : birth.day,
                    nationality: origin.nationality,
                    relation: member.relation,
                    joiningRelative: member.joining,
                    arrivedOn: member.joining ? arrival.map(CalendarDay.init(daysSinceEpoch:)) : nil,
                    protection: protection?.kind,
                    protectionAuthority: protection?.authority,
                    protectionDate: protection?.day.map(CalendarDay.init(daysSinceEpoch:)),
                    cirSignedOn: protection?.cirDay.map(CalendarDay.init(daysSinceEpoch:)),
                    agdref: adult ? Agdref.number(household: index, member: position, seed: seed) : nil,
                    reachedA1: reachedA1
                )
            )
        }
        return Roster(
            persons: persons,
            ages: plans.map(\.age),
            arrivalDays: plans.map { $0.joining ? arrival : nil },
            francophone: origin.francophone
        )
    }

    /// The reference person, then spouse, children and possibly a parent or another relative.
    private mutating func drawMemberPlans(group: NameGroup) -> [MemberPlan] {
        let sex = rng.chance(0.64) ? "M" : "F"
        let age = CompositionTables.referenceAge.drawInteger(&rng)
        let shape = (sex == "M" ? CompositionTables.shapesForMen : CompositionTables.shapesForWomen).draw(&rng)
        let family = rng.element(of: group.family)
        var plans = [MemberPlan(sex: sex, daysOld: daysOld(age), relation: nil, familyBase: family)]
        var fatherFamily: String? = sex == "M" ? family : nil
        var motherAge: Int? = sex == "F" ? age : nil
        if shape == .couple || shape == .coupleWithChildren {
            let spouse = drawSpouse(referenceSex: sex, referenceAge: age, referenceFamily: family, group: group)
            plans.append(spouse)
            if spouse.sex == "M" { fatherFamily = spouse.familyBase } else { motherAge = spouse.age }
        }
        if shape == .coupleWithChildren || shape == .singleParent {
            let childFamily = fatherFamily ?? family
            var children = drawChildAges(motherAge: motherAge ?? max(18, age - 3)).map { daysOld($0) }
            children.sort(by: >)
            for childDays in children {
                plans.append(
                    MemberPlan(
                        sex: rng.chance(0.51) ? "M" : "F",
                        daysOld: childDays,
                        relation: "enfant",
                        familyBase: childFamily
                    )
                )
            }
        }
        let extra = rng.unit()
        if extra < 0.02, age + 20 <= 65 {
            let parentSex = rng.chance(0.35) ? "M" : "F"
            plans.append(
                MemberPlan(
                    sex: parentSex,
                    daysOld: daysOld(rng.int(in: (age + 20)...min(age + 32, 65))),
                    relation: "parent",
                    familyBase: parentSex == "M" ? family : rng.element(of: group.family)
                )
            )
        } else if extra < 0.045 {
            plans.append(
                MemberPlan(
                    sex: rng.chance(0.6) ? "M" : "F",
                    daysOld: daysOld(rng.int(in: 18...30)),
                    relation: "autre",
                    familyBase: family
                )
            )
        }
        return plans
    }

    /// A spouse of the opposite sex, with their family name.
    private mutating func drawSpouse(
        referenceSex: String,
        referenceAge: Int,
        referenceFamily: String,
        group: NameGroup
    ) -> MemberPlan {
        // Wives are on average a few years younger than their husbands.
        if referenceSex == "M" {
            let shares = rng.chance(group.spouseSharesFamilyName)
            return MemberPlan(
                sex: "F",
                daysOld: daysOld(max(18, referenceAge - rng.int(in: 0...8))),
                relation: "conjoint",
                familyBase: shares ? referenceFamily : rng.element(of: group.family)
            )
        }
        let shares = rng.chance(group.spouseSharesFamilyName)
        return MemberPlan(
            sex: "M",
            daysOld: daysOld(min(65, referenceAge + rng.int(in: 0...9))),
            relation: "conjoint",
            familyBase: shares ? referenceFamily : rng.element(of: group.family)
        )
    }

    /// Ages of the children, compatible with the mother's age.
    private mutating func drawChildAges(motherAge: Int) -> [Int] {
        let oldestPossible = max(1, motherAge - 17)
        let count = min(CompositionTables.childCount.draw(&rng), max(1, (motherAge - 16) / 2))
        var ages = (0..<count).map { _ in rng.int(in: 0...min(oldestPossible, 17)) }
        // Some families still count a young adult child in the household.
        if oldestPossible >= 19, rng.chance(0.15) {
            ages[0] = rng.int(in: 18...min(oldestPossible, 22))
        }
        return ages
    }

    /// A number of days old for someone `age` full years old at referral.
    private mutating func daysOld(_ age: Int) -> Int {
        (age * 1_461 + 3) / 4 + rng.below(365)
    }

    /// Marks a few spouses and children as joining later (family reunification); returns their arrival day.
    private mutating func drawJoiningRelatives(_ plans: inout [MemberPlan], referral: Int) -> Int? {
        let spouse = plans.firstIndex { $0.relation == "conjoint" }
        let children = plans.indices.filter { plans[$0].relation == "enfant" }
        guard spouse != nil || !children.isEmpty, today - referral >= 30, rng.chance(0.1) else { return nil }
        let arrival = referral + rng.int(in: 30...min(400, today - referral))
        let pattern = rng.unit()
        var joining: [Int]
        if pattern < 0.25, !children.isEmpty {
            joining = children
        } else if pattern < 0.4, let spouse {
            joining = [spouse]
        } else {
            joining = children
            if let spouse { joining.append(spouse) }
        }
        for position in joining { plans[position].joining = true }
        return arrival
    }
}
