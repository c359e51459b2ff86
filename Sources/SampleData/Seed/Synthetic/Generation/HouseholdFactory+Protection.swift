import Domain
import Services

/// The days protection can have been granted for a household referred on a given day.
struct ProtectionWindow {
    /// The referral day.
    let referral: Int
    /// 1 January of the year before the referral year.
    let earliest: Int
    /// Two months before the referral.
    let latest: Int

    /// The window for a referral on `referral`.
    init(referral: Int) {
        let day = CalendarDay(daysSinceEpoch: referral)
        self.referral = referral
        earliest = CalendarDay.firstOfJanuary(day.year - 1).daysSinceEpoch
        latest = day.adding(months: -2).daysSinceEpoch
    }

    /// The day clamped into the window.
    func clamp(_ day: Int) -> Int { min(max(day, earliest), latest) }
}

/// An adult's protection status.
struct ProtectionRecord {
    /// refugee, subsidiary or stateless.
    let kind: String
    /// OFPRA or CNDA.
    let authority: String
    /// The day protection was granted, nil for joining relatives.
    let day: Int?
    /// The day the integration contract was signed, nil for joining relatives.
    let cirDay: Int?
}

extension HouseholdFactory {
    /// A full protection record drawn for an adult of the given origin.
    mutating func drawProtection(origin: Origin, window: ProtectionWindow) -> ProtectionRecord {
        let kind = origin.protections.draw(&rng)
        let authority = rng.chance(0.75) ? "OFPRA" : "CNDA"
        // Most households are referred within months of their protection: skew toward recent days.
        let back = Int(min(rng.unit(), rng.unit()) * 420)
        let candidate = window.latest - back
        let day = candidate >= window.earliest ? candidate : rng.int(in: window.earliest...window.latest)
        return ProtectionRecord(kind: kind, authority: authority, day: day, cirDay: drawCir(after: day, window: window))
    }

    /// The protection of an adult member, mostly following the reference person's (family unity).
    mutating func memberProtection(
        _ member: MemberPlan,
        position: Int,
        reference: ProtectionRecord,
        origin: Origin,
        window: ProtectionWindow
    ) -> ProtectionRecord {
        if position == 0 { return reference }
        if member.joining {
            return ProtectionRecord(kind: reference.kind, authority: "OFPRA", day: nil, cirDay: nil)
        }
        switch member.relation {
        case "conjoint":
            let kind = rng.chance(0.9) ? reference.kind : origin.protections.draw(&rng)
            let authority = rng.chance(0.85) ? reference.authority : (rng.chance(0.75) ? "OFPRA" : "CNDA")
            let day = window.clamp((reference.day ?? window.latest) + rng.int(in: -20...20))
            return ProtectionRecord(
                kind: kind,
                authority: authority,
                day: day,
                cirDay: drawCir(after: day, window: window)
            )
        case "enfant":
            let day = reference.day ?? window.latest
            return ProtectionRecord(
                kind: reference.kind,
                authority: reference.authority,
                day: day,
                cirDay: drawCir(after: day, window: window)
            )
        default:
            return drawProtection(origin: origin, window: window)
        }
    }

    /// The integration contract day: 0 to 90 days after protection, before the referral.
    private mutating func drawCir(after protection: Int, window: ProtectionWindow) -> Int {
        min(protection + rng.int(in: 0...90), window.referral - 1)
    }
}
