/// The shared territorial diagnosis of a set of communes on one day, as raw counts computed from Parcours's own
/// data; it is kept as a dated snapshot at signature and at each review, and shown through `published`, which hides
/// small counts. Persons are counted in a table of language situation (rows) by CIR situation (columns).
public struct TerritoryDiagnosis: Sendable, Equatable, Codable {
    /// A person's language situation: adults below A2 in at least one skill (without a course, in a course, waiting),
    /// adults with A2 in the four skills, and minors.
    public enum LanguageRow: Int, Sendable, CaseIterable, Codable {
        case belowA2WithoutCourse, belowA2InCourse, belowA2Waiting, a2Reached, minor

        /// The French name of the row.
        public var label: String {
            switch self {
            case .belowA2WithoutCourse: "Adultes sans A2, sans formation"
            case .belowA2InCourse: "Adultes sans A2, en formation"
            case .belowA2Waiting: "Adultes sans A2, en liste d'attente"
            case .a2Reached: "Adultes justifiant A2 dans les quatre compétences"
            case .minor: "Mineurs"
            }
        }

        /// Whether the row counts in the language demand (adults below A2).
        public var isDemand: Bool {
            self == .belowA2WithoutCourse || self == .belowA2InCourse || self == .belowA2Waiting
        }
    }

    /// A person's CIR situation: signed with a language training prescribed, signed without, or no CIR known.
    public enum CIRColumn: Int, Sendable, CaseIterable, Codable {
        case signedWithTraining, signedWithoutTraining, notSigned

        /// The French name of the column.
        public var label: String {
            switch self {
            case .signedWithTraining: "CIR signé, formation linguistique prescrite"
            case .signedWithoutTraining: "CIR signé, sans formation prescrite"
            case .notSigned: "Sans CIR enregistré"
            }
        }
    }

    /// The version of this layout, stored with each snapshot.
    public var version = 1
    /// The day the counts describe.
    public var day: CalendarDay
    /// AGIR households in support on the day, and those living in one of the territory's QPV.
    public var households = 0
    public var householdsInQPV = 0
    /// Persons in support: `persons[row][column]` for `LanguageRow` × `CIRColumn`.
    public var persons: [[Int]] = Self.emptyTable
    /// Persons in support living in one of the territory's QPV.
    public var personsInQPV = 0
    /// Language courses running on the day in the territory: count, seats, seats in QPV, seats still free.
    public var courses = 0
    public var seats = 0
    public var seatsInQPV = 0
    public var seatsFree = 0
    /// Households that left AGIR in the twelve months up to the day; positive exits, and exits with sustainable
    /// housing and with sustainable employment or training.
    public var exits = 0
    public var positiveExits = 0
    public var sustainableHousing = 0
    public var sustainableActivity = 0

    public init(day: CalendarDay) { self.day = day }

    /// A table of zeros with one row per language situation and one column per CIR situation.
    public static var emptyTable: [[Int]] {
        LanguageRow.allCases.map { _ in CIRColumn.allCases.map { _ in 0 } }
    }

    /// Counts one person in support.
    public mutating func count(_ row: LanguageRow, _ column: CIRColumn, inQPV: Bool) {
        persons[row.rawValue][column.rawValue] += 1
        if inQPV { personsInQPV += 1 }
    }

    /// Every person in support.
    public var personsInSupport: Int { persons.joined().reduce(0, +) }

    /// The first day of the twelve months of exits: the day after the same day a year earlier.
    public var exitsFrom: CalendarDay { day.adding(years: -1).adding(days: 1) }
}
