import Domain
import Services

/// The key days of a household's support, as days since 1970-01-01.
struct SupportTimeline {
    /// The referral decision.
    let decision: SyntheticDecision
    /// The welcome interview, nil when not accepted or not held yet.
    let welcome: Int?
    /// The commitment contract, nil when not signed by the last observable day.
    let contract: Int?
    /// The day support ends or will end (only meaningful with a welcome day).
    let plannedEnd: Int
    /// Why support ends or will end.
    let exitReason: String
    /// Whether support has ended by today.
    let exited: Bool
    /// The last observable day: the exit day, or today while support goes on.
    let horizon: Int
}

extension HouseholdFactory {
    /// A referral day between deployment and today, with a slower start in the first four months.
    mutating func drawReferralDay() -> Int {
        let first = plan.deployedDay
        let span = today - first
        guard span > 0 else { return first }
        for _ in 0..<16 {
            let day = first + rng.int(in: 0...span)
            let sinceDeployment = day - first
            if sinceDeployment >= 120 || rng.chance(0.35 + 0.65 * Double(sinceDeployment) / 120) { return day }
        }
        return first + rng.int(in: 0...span)
    }

    /// A referral day in slice `slot` of `count` equal slices between deployment and today, the newest first.
    mutating func drawEvenReferralDay(slot: Int, of count: Int) -> Int {
        let span = Double(max(0, today - plan.deployedDay))
        let position = (Double(slot) + rng.unit()) / Double(max(1, count))
        return today - Int((span * position).rounded(.down))
    }

    /// The decision, welcome, contract and end of support of a household referred on `referral`.
    mutating func drawTimeline(referral: Int) -> SupportTimeline {
        let waited = today - referral
        // Referrals are decided within about three weeks; a few take longer.
        let pendingChance = waited < 21 ? 0.95 - 0.45 * Double(waited) / 21 : (waited < 45 ? 0.08 : 0)
        if rng.chance(pendingChance) {
            return SupportTimeline(withoutSupport: .pending, referral: referral)
        }
        if rng.chance(0.062) {
            return SupportTimeline(
                withoutSupport: .declined(reason: SupportTables.declineReasons.draw(&rng)),
                referral: referral
            )
        }
        let decision = SyntheticDecision.accepted(caseworkerSlot: rng.below(plan.caseworkers))
        let welcome = referral + SupportTables.welcomeDelay.drawInteger(&rng)
        guard welcome <= today else { return SupportTimeline(withoutSupport: decision, referral: referral) }
        let reason = SupportTables.exitReasons.draw(&rng)
        let end = plannedEnd(welcome: welcome, reason: reason)
        let exited = end <= today
        let horizon = exited ? end : today
        let contract = welcome + SupportTables.contractDelay.drawInteger(&rng)
        return SupportTimeline(
            decision: decision,
            welcome: welcome,
            contract: contract <= horizon ? contract : nil,
            plannedEnd: end,
            exitReason: reason,
            exited: exited,
            horizon: horizon
        )
    }

    /// The day support ends for `reason`, at most 24 months after the welcome interview.
    private mutating func plannedEnd(welcome: Int, reason: String) -> Int {
        switch reason {
        case "maximum_duration_reached":
            CalendarDay(daysSinceEpoch: welcome).adding(months: 24).daysSinceEpoch
        case "objectives_reached":
            welcome + rng.int(in: 270...450) + rng.int(in: 0...270)
        default:
            welcome + rng.int(in: 60...600)
        }
    }
}

extension SupportTimeline {
    /// A timeline without support: pending, declined, or accepted without welcome yet.
    init(withoutSupport decision: SyntheticDecision, referral: Int) {
        self.init(
            decision: decision,
            welcome: nil,
            contract: nil,
            plannedEnd: referral,
            exitReason: "",
            exited: false,
            horizon: referral
        )
    }
}
