import Domain
import Services

/// What happened to a household during support: trajectories and the milestones recording them.
struct SupportHistory {
    /// Housing situations of the household, up to the end of support.
    let housing: [Step]
    /// Activity situations of the reference person, up to the end of support.
    let referenceActivity: [Step]
    /// Milestones up to the last observable day, in chronological order.
    let milestones: [SyntheticMilestone]
}

/// A milestone before sorting; `order` makes the sort key unique and the result deterministic.
private struct MilestoneDraft {
    let day: Int
    let rank: Int
    let member: Int
    let order: Int
    let kind: String
    let value: String
}

extension HouseholdFactory {
    /// Housing, activities and rights of a welcomed household, as milestones up to exit or today.
    mutating func drawHistory(roster: Roster, timeline: SupportTimeline, welcome: Int) -> SupportHistory {
        var drafts: [MilestoneDraft] = []
        /// Keeps a milestone when it happened by the last observable day.
        func record(_ day: Int, _ rank: Int, _ member: Int?, _ kind: String, _ value: String) {
            guard day <= timeline.horizon else { return }
            drafts.append(
                MilestoneDraft(
                    day: day,
                    rank: rank,
                    member: member ?? -1,
                    order: drafts.count,
                    kind: kind,
                    value: value
                )
            )
        }
        let housing = drawHousing(roster: roster, timeline: timeline, welcome: welcome)
        for step in housing { record(step.day, 0, nil, "housing", step.value) }
        if rng.chance(0.75) {
            record(welcome + (rng.chance(0.88) ? rng.int(in: 5...90) : rng.int(in: 91...270)), 2, nil, "right", "caf")
        }
        var referenceActivity: [Step] = []
        for member in roster.adults {
            let start = max(welcome, roster.arrivalDays[member] ?? welcome)
            guard start <= timeline.plannedEnd else { continue }
            let activity = drawActivity(isReference: member == 0, start: start, timeline: timeline)
            if member == 0 { referenceActivity = activity.steps }
            for step in activity.steps { record(step.day, 1, member, "activity", step.value) }
            if let day = activity.franceTravailDay { record(day, 2, member, "right", "france_travail") }
            if rng.chance(0.8) {
                record(
                    start + (rng.chance(0.9) ? rng.int(in: 3...75) : rng.int(in: 76...240)),
                    2,
                    member,
                    "right",
                    "health_insurance"
                )
            }
            if rng.chance(0.55) {
                record(
                    start + (rng.chance(0.9) ? rng.int(in: 5...90) : rng.int(in: 91...240)),
                    2,
                    member,
                    "right",
                    "bank_account"
                )
            }
        }
        drafts.sort { ($0.day, $0.rank, $0.member, $0.order) < ($1.day, $1.rank, $1.member, $1.order) }
        let milestones = drafts.map {
            SyntheticMilestone(
                date: CalendarDay(daysSinceEpoch: $0.day),
                memberIndex: $0.member < 0 ? nil : $0.member,
                kind: $0.kind,
                value: $0.value
            )
        }
        return SupportHistory(housing: housing, referenceActivity: referenceActivity, milestones: milestones)
    }
}
