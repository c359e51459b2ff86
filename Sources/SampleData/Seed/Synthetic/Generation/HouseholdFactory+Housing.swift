extension HouseholdFactory {
    /// The household's housing from the welcome day to the end of support.
    mutating func drawHousing(roster: Roster, timeline: SupportTimeline, welcome: Int) -> [Step] {
        let youngSingle = roster.persons.count == 1 && roster.ages[0] < 31
        let steps = youngSingle ? HousingTables.stepForYoungSingles : HousingTables.stepForOthers
        let entry = HousingTables.entry.draw(&rng)
        let final = drawFinalHousing(entry: entry, youngSingle: youngSingle, reason: timeline.exitReason)
        // Signing a lease takes at least two months of preparation.
        let preparation = SyntheticVocabulary.sustainableHousing.contains(final) ? 60 : 15
        guard entry == "asylum_accommodation" else {
            return trajectory(
                entry: entry,
                final: final,
                start: welcome,
                end: timeline.plannedEnd,
                earliestFinal: welcome + preparation,
                stepCount: HousingTables.stepCount,
                rank: HousingTables.progress,
                step: { steps.draw(&$0) }
            )
        }
        // Protected people must leave asylum accommodation within months of the decision,
        // so the first move comes early, either straight to the final housing or to a step toward it.
        let leaveDay = min(welcome + rng.int(in: 30...240), timeline.plannedEnd)
        var next = final
        if rng.chance(0.6) {
            let candidate = steps.draw(&rng)
            let rank = HousingTables.progress(candidate)
            if rank > HousingTables.progress(entry), rank < HousingTables.progress(final) { next = candidate }
        }
        let rest = trajectory(
            entry: next,
            final: final,
            start: leaveDay,
            end: timeline.plannedEnd,
            earliestFinal: max(leaveDay + 1, welcome + preparation),
            stepCount: WeightedTable([(0, 70), (1, 30)]),
            rank: HousingTables.progress,
            step: { steps.draw(&$0) }
        )
        return [Step(day: welcome, value: entry)] + rest
    }

    /// The housing at the end of support, sustainable with a chance depending on the exit reason.
    private mutating func drawFinalHousing(entry: String, youngSingle: Bool, reason: String) -> String {
        let entrySustainable = SyntheticVocabulary.sustainableHousing.contains(entry)
        if rng.chance(HousingTables.sustainableChance(reason: reason)) {
            let table = youngSingle ? HousingTables.sustainableForYoungSingles : HousingTables.sustainableForOthers
            return entrySustainable && rng.chance(0.7) ? entry : table.draw(&rng)
        }
        if !entrySustainable, entry != "asylum_accommodation", rng.chance(0.3) { return entry }
        var final = HousingTables.unsustainable.draw(&rng)
        while final == entry, entry == "asylum_accommodation" { final = HousingTables.unsustainable.draw(&rng) }
        return final
    }
}
