import Domain

/// The language offer of a département against its demand, per commune: seats in courses not yet over (in and out of
/// QPV) beside the adults in support below A2 in any skill, split into those without a course, in a course and
/// waiting; person counts are suppressed below 5 (the viewer has no named access).
public struct LanguageOffer: Sendable {
    /// One commune's line.
    public struct Line: Sendable {
        public let communeCode: String
        public let communeName: String
        public let seats: Int
        public let seatsInQPV: Int
        public let seatsFree: Int
        public let courses: Int
        /// Adults below A2 without a course, in a course, and waiting, suppressed.
        public let withoutCourse: PublishedCount
        public let inCourse: PublishedCount
        public let waiting: PublishedCount
        /// All adults below A2 of the commune, suppressed.
        public let demand: PublishedCount
    }

    public let departement: Departement
    public let lines: [Line]
    public let totalSeats: Int
    public let totalFree: Int
    public let totalWithoutCourse: PublishedCount
    public let totalInCourse: PublishedCount
    public let totalWaiting: PublishedCount
    public let totalDemand: PublishedCount
    /// The level under which an adult counts in the demand: the CSP's A2.
    public static let threshold = CEFRLevel.a2
}
