import Domain
import Services

/// A language course declared by a training provider of a département.
public struct SyntheticCourse: Sendable, Equatable {
    /// The course identifier, unique in the population.
    public let id: String
    /// The département code.
    public let departement: String
    /// Which of the département's providers declared it (from 0).
    public let provider: Int
    /// The course title.
    public let title: String
    /// The level the course aims at.
    public let targetLevel: CEFRLevel
    /// The course's hours.
    public let hours: Int
    /// Daytime, evening or week-end.
    public let slot: CourseSlot
    /// The free-text hours.
    public let schedule: String
    /// The commune where it is held.
    public let commune: String
    /// The QPV it is held in, if any.
    public let qpv: String?
    /// Seats offered.
    public let seats: Int
    /// First day.
    public let startsOn: CalendarDay
    /// Last day.
    public let endsOn: CalendarDay
    /// Whether the course is oriented towards work.
    public let jobOriented: Bool
    /// The day the provider declared it.
    public let declaredOn: CalendarDay
}

/// A person's place in a course.
public struct SyntheticEnrolment: Sendable, Equatable {
    /// The course, by its position in its département's catalogue.
    public let course: Int
    /// The member of the household, by position.
    public let memberIndex: Int
    /// Waiting, enrolled, finished or dropped.
    public let status: EnrolmentStatus
    /// The day the caseworker asked for the seat.
    public let requestedOn: CalendarDay
    /// Hours attended, from 0 to the course's hours.
    public let attendedHours: Int
    /// The level reached, for finished courses.
    public let resultLevel: CEFRLevel?
    /// The last change of the enrolment.
    public let updatedOn: CalendarDay
}
