import Domain
import Persistence

/// Builds the prefecture's view of the language offer against demand in a département.
public struct LanguageOfferService: Sendable {
    let environment: ServiceEnvironment

    public init(environment: ServiceEnvironment) { self.environment = environment }

    /// The offer and demand of the département on the current day.
    public func offer(departement code: String, actor: AccountSummary) async throws -> LanguageOffer {
        let territories = TerritoryQueries(database: environment.database)
        let departements = try await territories.departements()
        try IndicatorService.authorise(.departement(code), actor: actor, departements: departements)
        guard let departement = departements.first(where: { $0.code == code }) else { throw DomainError.notFound }
        let today = environment.time.today(inDepartement: code)
        let (courses, learners, placements, names) = try await environment.database.read { sql in
            (
                try await CourseRecords.open(departement: code, today: today, in: sql),
                try await LanguageDemandQueries.learners(departement: code, on: today, in: sql),
                try await LanguageDemandQueries.placements(departement: code, on: today, in: sql),
                try await TerritoryQueries.communeNames(departement: code, in: sql)
            )
        }
        var people: [String: [Int]] = [:]
        for learner in learners where Self.needsCourse(learner) {
            let column =
                placements.enrolled.contains(learner.personID)
                ? 1 : placements.waiting.contains(learner.personID) ? 2 : 0
            people[learner.communeCode ?? "", default: [0, 0, 0]][column] += 1
        }
        var seats: [String: (seats: Int, qpv: Int, free: Int, courses: Int)] = [:]
        for course in courses {
            var line = seats[course.course.communeCode, default: (0, 0, 0, 0)]
            line.seats += course.course.seats
            line.qpv += course.course.qpvCode == nil ? 0 : course.course.seats
            line.free += course.seatsLeft
            line.courses += 1
            seats[course.course.communeCode] = line
        }
        let known = Set(people.keys).union(seats.keys)
        // Communes by name in French order; the households without a commune last.
        let codes = known.sorted { left, right in
            if left.isEmpty != right.isEmpty { return right.isEmpty }
            return SearchKey.frenchOrder(names[left] ?? left, names[right] ?? right)
        }
        let table = SmallCountSuppression.apply(CountTable(cells: codes.map { people[$0] ?? [0, 0, 0] }))
        let lines = codes.enumerated().map { index, code in
            let offer = seats[code] ?? (0, 0, 0, 0)
            return LanguageOffer.Line(
                communeCode: code,
                communeName: code.isEmpty ? "Commune non renseignée" : names[code] ?? code,
                seats: offer.seats,
                seatsInQPV: offer.qpv,
                seatsFree: offer.free,
                courses: offer.courses,
                withoutCourse: table.cells[index][0],
                inCourse: table.cells[index][1],
                waiting: table.cells[index][2],
                demand: table.rowTotals[index]
            )
        }
        return LanguageOffer(
            departement: departement,
            lines: lines,
            totalSeats: seats.values.map(\.seats).reduce(0, +),
            totalFree: seats.values.map(\.free).reduce(0, +),
            totalWithoutCourse: table.columnTotals.first ?? .shown(0),
            totalInCourse: table.columnTotals.count > 1 ? table.columnTotals[1] : .shown(0),
            totalWaiting: table.columnTotals.count > 2 ? table.columnTotals[2] : .shown(0),
            totalDemand: table.grandTotal
        )
    }

    /// Whether an adult is below A2 in at least one skill (a skill never assessed counts as below).
    static func needsCourse(_ learner: LanguageLearner) -> Bool { needsCourse(levels: learner.bestLevels) }

    /// Whether best levels per skill leave an adult below A2 in at least one skill (a skill never assessed counts as
    /// below); the contracts' diagnosis counts its language demand with this rule too.
    static func needsCourse(levels: [LanguageSkill: CEFRLevel]) -> Bool {
        LanguageSkill.allCases.contains { (levels[$0] ?? .belowA1_1) < LanguageOffer.threshold }
    }
}
