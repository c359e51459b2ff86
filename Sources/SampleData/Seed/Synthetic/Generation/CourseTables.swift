import Domain
import Services

/// What training providers declare: titles, lengths and schedules per level and slot.
enum CourseTables {
    /// The title of a course aiming at `level`.
    static func title(_ level: CEFRLevel, jobOriented: Bool) -> String {
        if jobOriented { return "Français à visée professionnelle (\(level.frenchLabel))" }
        switch level {
        case .belowA1_1, .a1_1: return "Alphabétisation et premiers pas en français (A1.1)"
        case .a1: return "Français langue étrangère – consolider l'A1"
        case .a2: return "Français vers l'A2 – vie quotidienne et démarches"
        case .b1: return "Français B1 – préparer le TCF IRN"
        default: return "Français \(level.frenchLabel) – préparer la naturalisation"
        }
    }

    /// The possible hours of a course aiming at `level`.
    static func hours(_ level: CEFRLevel, jobOriented: Bool) -> [Int] {
        if jobOriented { return [60, 80, 100] }
        switch level {
        case .belowA1_1, .a1_1: return [120, 150, 200]
        case .a1: return [100, 120, 150]
        case .a2: return [100, 120]
        default: return [80, 100]
        }
    }

    /// When sessions take place: job-oriented courses more often in the evening or at the week-end.
    static func slots(jobOriented: Bool) -> WeightedTable<CourseSlot> {
        jobOriented ? jobSlots : generalSlots
    }

    private static let generalSlots = WeightedTable<CourseSlot>([(.daytime, 60), (.evening, 25), (.weekend, 15)])
    private static let jobSlots = WeightedTable<CourseSlot>([(.daytime, 30), (.evening, 50), (.weekend, 20)])

    /// Hours of class a week in each slot.
    static func weeklyHours(_ slot: CourseSlot) -> Int {
        switch slot {
        case .daytime: 12
        case .evening: 6
        case .weekend: 4
        }
    }

    /// The free-text hours of each slot.
    static func schedules(_ slot: CourseSlot) -> [String] {
        switch slot {
        case .daytime: ["Lundi, mardi et jeudi, 9 h – 13 h", "Du lundi au jeudi, 14 h – 17 h"]
        case .evening: ["Mardi et jeudi, 18 h 30 – 21 h 30", "Lundi et mercredi, 18 h – 21 h"]
        case .weekend: ["Samedi, 9 h – 13 h", "Samedi, 14 h – 18 h"]
        }
    }
}
