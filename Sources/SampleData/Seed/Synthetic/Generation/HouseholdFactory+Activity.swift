/// An adult's activity over support and the day their France Travail registration right opened.
struct ActivityHistory {
    /// The activity situations, from the member's first day in support.
    let steps: [Step]
    /// The day the France Travail right was recorded, if any.
    let franceTravailDay: Int?
}

extension HouseholdFactory {
    /// The activity of an adult from `start` (welcome or arrival) to the end of support.
    mutating func drawActivity(isReference: Bool, start: Int, timeline: SupportTimeline) -> ActivityHistory {
        let entryTable = isReference ? ActivityTables.referenceEntry : ActivityTables.otherEntry
        let entry = ActivityTables.resolve(entryTable.draw(&rng), &rng)
        let entrySustainable = SyntheticVocabulary.isSustainableActivity(entry)
        let sustainableChance = ActivityTables.sustainableChance(reason: timeline.exitReason) * (isReference ? 1 : 0.6)
        let final: String
        if rng.chance(sustainableChance) {
            final =
                entrySustainable && rng.chance(0.7)
                ? entry : ActivityTables.resolve(ActivityTables.sustainable.draw(&rng), &rng)
        } else {
            final =
                !entrySustainable && rng.chance(0.25)
                ? entry : ActivityTables.resolve(ActivityTables.unsustainable.draw(&rng), &rng)
        }
        let preparation = SyntheticVocabulary.isSustainableActivity(final) ? 60 : 20
        var steps = trajectory(
            entry: entry,
            final: final,
            start: start,
            end: timeline.plannedEnd,
            earliestFinal: start + preparation,
            stepCount: ActivityTables.stepCount,
            rank: ActivityTables.progress,
            step: { ActivityTables.resolve(ActivityTables.step.draw(&$0), &$0) }
        )
        let franceTravailDay = registerAtFranceTravail(&steps, isReference: isReference, timeline: timeline)
        return ActivityHistory(steps: steps, franceTravailDay: franceTravailDay)
    }

    /// Opens the France Travail right; an unregistered jobseeker becomes registered that day.
    private mutating func registerAtFranceTravail(
        _ steps: inout [Step],
        isReference: Bool,
        timeline: SupportTimeline
    ) -> Int? {
        let start = steps[0].day
        switch steps[0].value {
        case "jobseeker_registered":
            return start
        case "jobseeker_not_registered":
            guard rng.chance(isReference ? 0.85 : 0.7) else { return nil }
            if steps.count > 1, steps[1].value == "jobseeker_registered" { return steps[1].day }
            let day = start + rng.int(in: 7...90)
            guard day <= timeline.plannedEnd, steps.count == 1 || day < steps[1].day else { return nil }
            steps.insert(Step(day: day, value: "jobseeker_registered"), at: 1)
            return day
        default:
            return rng.chance(0.3) ? start + rng.int(in: 7...120) : nil
        }
    }
}
