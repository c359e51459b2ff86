import Domain
import Testing

@Suite("Formations proposées à une personne")
struct CourseSuggestionsTests {
    static let today = CalendarDay(year: 2026, month: 11, day: 27)!

    static func course(
        _ id: String,
        _ level: CEFRLevel,
        _ commune: String,
        _ slot: CourseSlot,
        startsIn: Int = 10
    )
        -> CourseSuggestions.Candidate
    {
        .init(
            id: id,
            targetLevel: level,
            communeCode: commune,
            slot: slot,
            startsOn: today.adding(days: startsIn),
            endsOn: today.adding(days: startsIn + 60)
        )
    }

    @Test func levelFitComesFirstThenPlaceThenSchedule() {
        let courses = [
            Self.course("b1-ici", .b1, "69266", .daytime),
            Self.course("a2-ailleurs-jour", .a2, "69123", .daytime),
            Self.course("a2-ici-soir", .a2, "69266", .evening),
            Self.course("a2-ici-jour", .a2, "69266", .daytime),
            Self.course("a1-ici", .a1, "69266", .daytime),
        ]
        let ranked = CourseSuggestions.rank(
            courses,
            currentLevel: .a1,
            communeCode: "69266",
            working: false,
            today: Self.today
        )
        #expect(ranked.map(\.candidate.id) == ["a2-ici-jour", "a2-ici-soir", "a2-ailleurs-jour", "b1-ici"])
        #expect(ranked.first?.reasons.contains("dans la commune du ménage") == true)
        let worker = CourseSuggestions.rank(
            courses,
            currentLevel: .a1,
            communeCode: "69266",
            working: true,
            today: Self.today
        )
        #expect(worker.first?.candidate.id == "a2-ici-soir")
    }

    @Test func finishedCoursesAreLeftOutAndABeginnerStartsAtTheBottom() {
        let over = Self.course("fini", .a1_1, "69266", .daytime, startsIn: -90)
        let first = Self.course("debutant", .a1_1, "69266", .daytime)
        let ranked = CourseSuggestions.rank(
            [over, first],
            currentLevel: nil,
            communeCode: nil,
            working: false,
            today: Self.today
        )
        #expect(ranked.map(\.candidate.id) == ["debutant"])
    }
}
