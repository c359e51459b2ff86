import Domain
import Services

extension CourseCatalogue {
    /// The most enrolments one person gets, a guard against endless loops rather than a realistic limit.
    static let maximumEnrolments = 12

    /// A person's enrolments while followed: course after course, each aiming one level above the last reached,
    /// often with a second course of the other kind (job-oriented or general) alongside, until B2 or the end of
    /// support.
    mutating func enrol(_ pathway: SyntheticPathway) -> [SyntheticEnrolment] {
        guard let window = pathway.courseWindow else { return [] }
        var level = pathway.courseLevel
        var request = window.lowerBound + rng.int(in: 7...45)
        var chosen: [Int] = []
        var enrolments: [SyntheticEnrolment] = []
        while request <= window.upperBound, enrolments.count < Self.maximumEnrolments, level < .b2 {
            let target = PathwayTables.shifted(level, by: 1)
            let jobOriented = level >= .a1 && rng.chance(0.25)
            let start = request + rng.int(in: 7...30)
            let main = take(target, jobOriented, start, request, level, pathway.memberIndex, &chosen)
            enrolments.append(main)
            if main.status.takesSeat, level >= .a1_1, rng.chance(0.7) {
                let begins = courses[main.course].startsOn.daysSinceEpoch + rng.int(in: 0...20)
                let alongside = take(target, !jobOriented, begins, request, level, pathway.memberIndex, &chosen)
                enrolments.append(alongside)
                level = max(level, alongside.resultLevel ?? level)
            }
            level = max(level, main.resultLevel ?? level)
            switch main.status {
            case .waiting: request += rng.int(in: 21...60)
            case .dropped: request = main.updatedOn.daysSinceEpoch + rng.int(in: 14...60)
            case .completed, .enrolled: request = courses[main.course].endsOn.daysSinceEpoch + rng.int(in: 0...30)
            }
        }
        return enrolments
    }

    /// Places the person in a course aiming at `target` and counts the seat it takes.
    private mutating func take(
        _ target: CEFRLevel,
        _ jobOriented: Bool,
        _ start: Int,
        _ request: Int,
        _ level: CEFRLevel,
        _ member: Int,
        _ chosen: inout [Int]
    ) -> SyntheticEnrolment {
        let placed = place(target: target, jobOriented: jobOriented, start: start, requested: request, excluded: chosen)
        chosen.append(placed.course)
        let enrolment = outcome(placed.course, placed.waiting, member, request, level)
        if enrolment.status.takesSeat { takeSeat(placed.course) }
        return enrolment
    }

    /// Where the person stands in the course on the generator's today, and what they attended.
    private mutating func outcome(
        _ index: Int,
        _ waiting: Bool,
        _ member: Int,
        _ requested: Int,
        _ level: CEFRLevel
    ) -> SyntheticEnrolment {
        let course = courses[index]
        let begins = course.startsOn.daysSinceEpoch
        let ends = course.endsOn.daysSinceEpoch
        let requestedOn = CalendarDay(daysSinceEpoch: requested)
        /// An enrolment at `status` with `attended` hours, its last change on `day`.
        func enrolment(
            _ status: EnrolmentStatus,
            _ attended: Int,
            _ result: CEFRLevel?,
            _ day: Int
        ) -> SyntheticEnrolment {
            SyntheticEnrolment(
                course: index,
                memberIndex: member,
                status: status,
                requestedOn: requestedOn,
                attendedHours: min(course.hours, max(0, attended)),
                resultLevel: result,
                updatedOn: CalendarDay(daysSinceEpoch: min(today, max(requested, day)))
            )
        }
        if waiting { return enrolment(.waiting, 0, nil, requested) }
        if begins > today { return enrolment(.enrolled, 0, nil, requested) }
        // The share of the course's days already held by today.
        let held = Double(min(today, ends) - begins + 1) / Double(ends - begins + 1)
        let dropChance = ends < today ? 0.18 : 0.1
        if rng.chance(dropChance) {
            let share = held * (0.1 + 0.5 * rng.unit())
            let day = begins + Int(Double(ends - begins) * share)
            return enrolment(.dropped, Int(Double(course.hours) * share * 0.9), nil, day)
        }
        if ends >= today {
            return enrolment(.enrolled, Int(Double(course.hours) * held * (0.75 + 0.25 * rng.unit())), nil, requested)
        }
        let reached = rng.chance(0.7) ? course.targetLevel : level
        let attended = Int(Double(course.hours) * (0.75 + 0.25 * rng.unit()))
        return enrolment(.completed, attended, max(reached, level), ends + rng.int(in: 0...10))
    }
}
