import Domain
import Services

/// Draws each adult's pathway from a random stream of its own, so that households stay exactly as before.
struct PathwayFactory {
    /// The population seed.
    let seed: UInt64
    /// The last simulated day.
    let today: CalendarDay

    /// The pathways of the household's adults (members with a protection record), in member order.
    func pathways(of household: SyntheticHousehold) -> [SyntheticPathway] {
        household.members.enumerated().compactMap { offset, member in
            guard member.protection != nil else { return nil }
            var rng = SplitMix64(seed: memberSeed(household: household.index, member: offset))
            let cir = drawCIR(member, &rng)
            let base = cir?.finalLevel ?? cir?.positioning ?? (member.reachedA1 ? .a1 : .a1_1)
            let window = supportWindow(household, member)
            var language = LanguageDraws(rng: rng, today: today, departement: household.departement)
            let assessments = window.map { language.assessments(base: base, window: $0) } ?? []
            let proofs = window.map { language.proofs(window: $0, household: household.index, member: offset) } ?? []
            let exams = window.map { language.exams(window: $0) } ?? []
            return SyntheticPathway(
                memberIndex: offset,
                cir: cir,
                assessments: assessments,
                proofs: proofs,
                exams: exams,
                courseLevel: assessments.first.map { $0.levels.min() ?? base } ?? base,
                courseWindow: window
            )
        }
    }

    /// The days the person is followed: from the welcome (or a joining relative's arrival) to the exit or today.
    private func supportWindow(_ household: SyntheticHousehold, _ member: SyntheticPerson) -> ClosedRange<Int>? {
        guard let welcome = household.welcome else { return nil }
        let start = max(welcome.daysSinceEpoch, member.arrivedOn?.daysSinceEpoch ?? 0)
        let end = min(household.exit?.date.daysSinceEpoch ?? today.daysSinceEpoch, today.daysSinceEpoch)
        return start <= end ? start...end : nil
    }

    /// The seed of one member's pathway: a scrambling of (population seed, household, member) only.
    private func memberSeed(household: Int, member: Int) -> UInt64 {
        let position = UInt64(truncatingIfNeeded: household) &* 64 &+ UInt64(truncatingIfNeeded: member)
        return SplitMix64.mix(seed ^ 0x7A3C_91E5_0B2D_64F1 &+ SplitMix64.mix(position))
    }

    /// The CIR of an adult with a CIR date, as OFII ran it up to today.
    private func drawCIR(_ member: SyntheticPerson, _ rng: inout SplitMix64) -> SyntheticCIR? {
        guard let signed = member.cirSignedOn, member.birthYear <= signed.year - 18 else { return nil }
        let now = today.daysSinceEpoch
        var sessions: [CalendarDay?] = []
        var session = signed.daysSinceEpoch + rng.int(in: 7...45)
        for _ in 0..<CIRRecordInput.civicSessionCount {
            sessions.append(session <= now ? CalendarDay(daysSinceEpoch: session) : nil)
            session += rng.int(in: 1...9)
        }
        let positioning = PathwayTables.positioning.draw(&rng)
        let hours = prescribedHours(positioning, signedOn: signed, &rng)
        var finished: CalendarDay?
        var final: CEFRLevel?
        if let hours {
            // Semi-intensive to intensive paths: 12 to 30 hours a week.
            let end = signed.daysSinceEpoch + rng.int(in: 20...75) + hours * 7 / rng.int(in: 12...30)
            if end <= now, rng.chance(0.9) {
                finished = CalendarDay(daysSinceEpoch: end)
                final = finalLevel(positioning, hours: hours, &rng)
            }
        }
        let interview = signed.daysSinceEpoch + rng.int(in: 330...420)
        let lastSession = sessions.compactMap { $0 }.last
        let orientation = lastSession.map { $0.daysSinceEpoch + rng.int(in: 0...30) }
        return SyntheticCIR(
            signedOn: signed,
            civicSessions: sessions,
            positioning: positioning,
            hours: hours,
            trainingFinishedOn: finished,
            finalLevel: final,
            endInterviewOn: interview <= now && rng.chance(0.85) ? CalendarDay(daysSinceEpoch: interview) : nil,
            employmentOrientationOn: orientation.flatMap {
                $0 <= now && rng.chance(0.8) ? CalendarDay(daysSinceEpoch: $0) : nil
            }
        )
    }

    /// The prescribed path: one of four lengths before 1 July 2025, 10 to 600 hours from then; nil from A1 up.
    private func prescribedHours(_ positioning: CEFRLevel, signedOn: CalendarDay, _ rng: inout SplitMix64) -> Int? {
        guard positioning < .a1 else { return nil }
        let earlier =
            positioning == .belowA1_1
            ? PathwayTables.hoursBelowA1_1.draw(&rng) : PathwayTables.hoursA1_1.draw(&rng)
        guard signedOn >= LanguagePathRule.newOfferFrom else { return earlier }
        // The new offer fits the hours to the person: around the earlier length, by tens.
        return min(LanguagePathRule.maximumHours, max(10, earlier - rng.int(in: 0...8) * 10))
    }

    /// The level at the final test: A1 (sometimes A2) with the path's chance, else a step up at most.
    private func finalLevel(_ positioning: CEFRLevel, hours: Int, _ rng: inout SplitMix64) -> CEFRLevel {
        if rng.chance(PathwayTables.chanceOfA1(hours: hours)) { return rng.chance(0.08) ? .a2 : .a1 }
        return positioning == .belowA1_1 && rng.chance(0.5) ? .a1_1 : positioning
    }
}
