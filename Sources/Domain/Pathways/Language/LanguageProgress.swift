/// A person's French levels over time, per skill, from assessments and proofs: what the pathway chart draws.
public struct LanguageProgress: Sendable, Equatable {
    /// One known level of one skill on one day.
    public struct Point: Sendable, Equatable {
        public let date: CalendarDay
        public let skill: LanguageSkill
        public let level: CEFRLevel
        /// Where the level comes from, e.g. « Évaluation OFII » or « TCF IRN ».
        public let source: String

        /// Creates a point.
        public init(date: CalendarDay, skill: LanguageSkill, level: CEFRLevel, source: String) {
            self.date = date
            self.skill = skill
            self.level = level
            self.source = source
        }
    }

    /// Every point, oldest first.
    public let points: [Point]

    /// Orders the points by day, then by skill.
    public init(points: [Point]) {
        self.points = points.sorted {
            $0.date != $1.date ? $0.date < $1.date : $0.skill.order < $1.skill.order
        }
    }

    /// The best level ever shown in a skill, or nil if the skill was never assessed.
    public func best(_ skill: LanguageSkill) -> CEFRLevel? {
        points.filter { $0.skill == skill }.map(\.level).max()
    }

    /// The person's level for choosing a course: the weakest of the four skills' best levels; nil while any skill is
    /// unknown and nothing at all is known.
    public var currentLevel: CEFRLevel? {
        let bests = LanguageSkill.allCases.compactMap(best)
        guard !bests.isEmpty else { return nil }
        // A skill never assessed counts as the lowest level: the course must teach it.
        return bests.count < LanguageSkill.allCases.count ? .belowA1_1 : bests.min()
    }
}

extension LanguageSkill {
    /// Position in the usual order of the four skills.
    public var order: Int { LanguageSkill.allCases.firstIndex(of: self) ?? 0 }
}
