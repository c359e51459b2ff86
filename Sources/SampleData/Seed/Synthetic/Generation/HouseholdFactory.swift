import Domain
import Services

/// Builds one household from its own random stream, step by step.
struct HouseholdFactory {
    /// The household's private generator.
    var rng: SplitMix64
    /// The household number.
    let index: Int
    /// The population seed, for AGDREF scrambling.
    let seed: UInt64
    /// The last simulated day, as days since 1970-01-01.
    let today: Int
    /// The household's département.
    let plan: DepartementPlan
    /// With evenly spread referrals, this household's slice: (its number, how many households).
    var evenSlot: (index: Int, count: Int)?

    /// Draws the whole household.
    mutating func make() -> SyntheticHousehold {
        let commune = plan.drawCommune(&rng)
        let referral = evenSlot.map { drawEvenReferralDay(slot: $0.index, of: $0.count) } ?? drawReferralDay()
        let origin = Origins.table.draw(&rng)
        let roster = drawRoster(origin: origin, referral: referral)
        let timeline = drawTimeline(referral: referral)
        guard let welcome = timeline.welcome else {
            return household(commune: commune, referral: referral, roster: roster, timeline: timeline)
        }
        let history = drawHistory(roster: roster, timeline: timeline, welcome: welcome)
        let needs = drawNeeds(roster: roster, origin: origin, history: history)
        let goals = drawGoals(needs: needs, roster: roster, timeline: timeline, welcome: welcome)
        let contacts = drawContacts(timeline: timeline, welcome: welcome, roster: roster, history: history)
        return SyntheticHousehold(
            index: index,
            departement: plan.code,
            commune: commune,
            referralDate: CalendarDay(daysSinceEpoch: referral),
            members: roster.persons,
            decision: timeline.decision,
            welcome: CalendarDay(daysSinceEpoch: welcome),
            contract: timeline.contract.map(CalendarDay.init(daysSinceEpoch:)),
            diagnosis: needs.indices.map {
                (domain: SyntheticVocabulary.diagnosisDomains[$0], need: SyntheticVocabulary.needs[needs[$0]])
            },
            milestones: history.milestones,
            contacts: contacts,
            goals: goals,
            exit: timeline.exited ? exit(timeline: timeline, history: history) : nil
        )
    }

    /// A household without support: no welcome, history, goals or exit.
    private func household(
        commune: String?,
        referral: Int,
        roster: Roster,
        timeline: SupportTimeline
    ) -> SyntheticHousehold {
        SyntheticHousehold(
            index: index,
            departement: plan.code,
            commune: commune,
            referralDate: CalendarDay(daysSinceEpoch: referral),
            members: roster.persons,
            decision: timeline.decision,
            welcome: nil,
            contract: nil,
            diagnosis: [],
            milestones: [],
            contacts: [],
            goals: [],
            exit: nil
        )
    }

    /// The exit, whose situations are the last housing and reference activity of the history.
    private func exit(timeline: SupportTimeline, history: SupportHistory) -> SyntheticExit {
        SyntheticExit(
            date: CalendarDay(daysSinceEpoch: timeline.plannedEnd),
            reason: timeline.exitReason,
            housing: history.housing[history.housing.count - 1].value,
            activity: history.referenceActivity[history.referenceActivity.count - 1].value
        )
    }
}
