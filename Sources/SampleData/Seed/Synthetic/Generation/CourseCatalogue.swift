import Domain
import Services

/// The courses of one département, declared by its providers as demand appears, with the seats still free.
struct CourseCatalogue {
    /// The département code.
    let departement: String
    /// How many training providers the département has.
    let providers: Int
    /// The communes courses are held in, most populated first.
    let communes: [String]
    /// The QPV of each commune that has some.
    let qpv: [String: [String]]
    /// The last simulated day, as days since 1970-01-01.
    let today: Int
    /// The catalogue's generator: courses and enrolments are drawn in household order.
    var rng: SplitMix64
    /// Every course declared so far.
    private(set) var courses: [SyntheticCourse] = []
    /// Seat-taking enrolments (enrolled or finished) per course.
    private(set) var taken: [Int] = []
    private var buckets: [Int: [Int]] = [:]
    private var written = 0
    private let communeTable: WeightedTable<Int>?

    /// Creates an empty catalogue.
    init(
        departement: String,
        providers: Int,
        communes: [String],
        qpv: [String: [String]],
        today: CalendarDay,
        seed: UInt64
    ) {
        self.departement = departement
        self.providers = max(1, providers)
        self.communes = Array(communes.prefix(12))
        self.qpv = qpv
        self.today = today.daysSinceEpoch
        let code = departement.unicodeScalars.reduce(UInt64(0)) { $0 &* 131 &+ UInt64($1.value) }
        rng = SplitMix64(seed: SplitMix64.mix(seed ^ 0x2C1B_3C6D_4E5F_6A7B &+ SplitMix64.mix(code)))
        // Courses gather in the largest communes, as households do.
        communeTable =
            self.communes.isEmpty ? nil : WeightedTable(self.communes.indices.map { ($0, 10_000 / ($0 + 2)) })
    }

    /// The courses declared since the last call, to be written before their enrolments.
    mutating func takeDeclared() -> ArraySlice<SyntheticCourse> {
        defer { written = courses.count }
        return courses[written...]
    }

    /// A course aiming at `target` and starting near `start`, not among `excluded`: one with a free seat, else
    /// (sometimes) the waiting list of a full one not yet begun, else a new course declared for the demand.
    mutating func place(
        target: CEFRLevel,
        jobOriented: Bool,
        start: Int,
        requested: Int,
        excluded: [Int]
    ) -> (course: Int, waiting: Bool) {
        var full: Int?
        for month in [start / 30, start / 30 + 1, start / 30 - 1] {
            for index in buckets[key(target, jobOriented, month)] ?? [] where !excluded.contains(index) {
                let begins = courses[index].startsOn.daysSinceEpoch
                guard begins >= start - 20, begins <= start + 40 else { continue }
                if taken[index] < courses[index].seats { return (index, false) }
                if begins > requested, full == nil { full = index }
            }
        }
        if let full, rng.chance(0.45) { return (full, true) }
        return (declare(target: target, jobOriented: jobOriented, start: start, requested: requested), false)
    }

    /// Counts one more seat taken in a course.
    mutating func takeSeat(_ course: Int) { taken[course] += 1 }

    /// Declares a course starting a few days after `start`, declared before the first request for it.
    private mutating func declare(target: CEFRLevel, jobOriented: Bool, start: Int, requested: Int) -> Int {
        let slot = CourseTables.slots(jobOriented: jobOriented).draw(&rng)
        let hours = rng.element(of: CourseTables.hours(target, jobOriented: jobOriented))
        let begins = start + rng.int(in: 0...14)
        let days = hours * 7 / CourseTables.weeklyHours(slot)
        let commune = communeTable.map { communes[$0.draw(&rng)] } ?? "\(departement)000"
        let inQPV = qpv[commune].flatMap { $0.isEmpty || !rng.chance(0.4) ? nil : rng.element(of: $0) }
        let course = SyntheticCourse(
            id: "seed-f\(departement)-\(courses.count)",
            departement: departement,
            provider: rng.below(providers),
            title: CourseTables.title(target, jobOriented: jobOriented),
            targetLevel: target,
            hours: hours,
            slot: slot,
            schedule: rng.element(of: CourseTables.schedules(slot)),
            commune: commune,
            qpv: inQPV,
            seats: rng.int(in: 8...20),
            startsOn: CalendarDay(daysSinceEpoch: begins),
            endsOn: CalendarDay(daysSinceEpoch: begins + days - 1),
            jobOriented: jobOriented,
            declaredOn: CalendarDay(daysSinceEpoch: min(requested - rng.int(in: 0...30), today))
        )
        courses.append(course)
        taken.append(0)
        buckets[key(target, jobOriented, begins / 30), default: []].append(courses.count - 1)
        return courses.count - 1
    }

    /// The bucket of courses of one level, kind and month of start.
    private func key(_ level: CEFRLevel, _ jobOriented: Bool, _ month: Int) -> Int {
        (level.rank * 2 + (jobOriented ? 1 : 0)) << 24 | month
    }
}
