/// The age band a person falls in on a day, as the statistical extract publishes it instead of a birth date.
public enum AgeBand: String, Sendable, CaseIterable {
    case minor = "0-17"
    case from18To25 = "18-25"
    case from26To35 = "26-35"
    case from36To45 = "36-45"
    case from46To55 = "46-55"
    case from56 = "56+"

    /// The band of someone born in `birthYear` on a day of `year`.
    public init(birthYear: Int, in year: Int) {
        // Counted on the birth year, as the indicators count adults: it is often the only part of the date known,
        // and it keeps the extract's minors the same people as the dashboards' non-adults.
        let age = year - birthYear
        switch age {
        case ..<18: self = .minor
        case 18...25: self = .from18To25
        case 26...35: self = .from26To35
        case 36...45: self = .from36To45
        case 46...55: self = .from46To55
        default: self = .from56
        }
    }
}
