/// Ranks the courses of a département for a person: first the level fit (the course aims just above the person's
/// level), then the place (the household's commune), then the schedule (evenings and weekends for someone at work),
/// then the earliest start.
public enum CourseSuggestions {
    /// A course as the ranking sees it.
    public struct Candidate: Sendable, Equatable {
        public let id: String
        public let targetLevel: CEFRLevel
        public let communeCode: String
        public let slot: CourseSlot
        public let startsOn: CalendarDay
        public let endsOn: CalendarDay

        /// Creates a candidate.
        public init(
            id: String,
            targetLevel: CEFRLevel,
            communeCode: String,
            slot: CourseSlot,
            startsOn: CalendarDay,
            endsOn: CalendarDay
        ) {
            self.id = id
            self.targetLevel = targetLevel
            self.communeCode = communeCode
            self.slot = slot
            self.startsOn = startsOn
            self.endsOn = endsOn
        }
    }

    /// A ranked course with the reasons it fits, in French.
    public struct Suggestion: Sendable, Equatable {
        public let candidate: Candidate
        public let reasons: [String]
    }

    /// The person's courses, best first; courses already over, or aiming at a level the person has, are left out.
    public static func rank(
        _ candidates: [Candidate],
        currentLevel: CEFRLevel?,
        communeCode: String?,
        working: Bool,
        today: CalendarDay
    ) -> [Suggestion] {
        let from = currentLevel?.rank ?? -1
        let scored = candidates.compactMap { course -> (key: [Int], suggestion: Suggestion)? in
            let gap = course.targetLevel.rank - from
            guard gap > 0, today <= course.endsOn else { return nil }
            var reasons: [String] = []
            if gap == 1 {
                reasons.append("niveau visé juste au-dessus du niveau actuel")
            }
            let sameCommune = course.communeCode == communeCode
            if sameCommune { reasons.append("dans la commune du ménage") }
            let slotFits = working ? course.slot.suitsWorkers : course.slot == .daytime
            if slotFits { reasons.append(working ? "horaires compatibles avec un emploi" : "en journée") }
            let key = [min(gap, 3), sameCommune ? 0 : 1, slotFits ? 0 : 1, course.startsOn.daysSinceEpoch]
            return (key, Suggestion(candidate: course, reasons: reasons))
        }
        return scored.sorted { lhs, rhs in
            lhs.key != rhs.key
                ? lhs.key.lexicographicallyPrecedes(rhs.key) : lhs.suggestion.candidate.id < rhs.suggestion.candidate.id
        }.map(\.suggestion)
    }
}
