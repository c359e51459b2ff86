/// The raw figures of one area (an operator in a département, a département, a region, the nation) over a period,
/// from which every indicator is computed. Figures add up, so that areas are summed from their parts.
public struct AreaFigures: Sendable, Equatable {
    public var referrals = 0
    /// Days from referral to welcome interview, for households welcomed in the period.
    public var welcomeDelays: [Int] = []
    public var householdsInSupport = 0
    public var personsInSupport = 0
    public var contractsSigned = 0
    public var contractsWithinMonth = 0
    public var exits = 0
    public var exitsByReason: [String: Int] = [:]
    public var exitsSustainableHousing = 0
    public var exitsSustainableActivity = 0
    public var adultsInSupport = 0
    public var adultsFranceTravail = 0
    public var departementsCovered = 0
    /// CIR signatories who finished their prescribed language training in the period, and those reaching A1.
    public var cirTrainingsFinished = 0
    public var cirReachedA1 = 0
    /// Adults in support at the end of the period whose valid proofs reach A2 (B1) in each of the four skills.
    public var adultsA2 = 0
    public var adultsB1 = 0
    /// Civic exam sessions taken in the period, and those passed.
    public var civicExams = 0
    public var civicExamsPassed = 0
    /// Seats of the language courses running on the last day of the period.
    public var courseSeats = 0
    /// AE committed in the period on action-12 grants of the area's UO lines, in cents, and of those on grants tagged
    /// emploi or langue (the 70 % rule); grants decided (granted) in the period.
    public var fundingCommittedCents = 0
    public var fundingEmploymentLanguageCents = 0
    public var grantsAwarded = 0
    /// Whether the area is one or more whole départements, for which course seats are known (not an operator).
    public var coversDepartements = false

    public init() {}

    /// The figures of two areas together.
    public static func + (left: AreaFigures, right: AreaFigures) -> AreaFigures {
        var sum = left
        sum.referrals += right.referrals
        sum.welcomeDelays += right.welcomeDelays
        sum.householdsInSupport += right.householdsInSupport
        sum.personsInSupport += right.personsInSupport
        sum.contractsSigned += right.contractsSigned
        sum.contractsWithinMonth += right.contractsWithinMonth
        sum.exits += right.exits
        sum.exitsByReason.merge(right.exitsByReason, uniquingKeysWith: +)
        sum.exitsSustainableHousing += right.exitsSustainableHousing
        sum.exitsSustainableActivity += right.exitsSustainableActivity
        sum.adultsInSupport += right.adultsInSupport
        sum.adultsFranceTravail += right.adultsFranceTravail
        sum.departementsCovered += right.departementsCovered
        sum.cirTrainingsFinished += right.cirTrainingsFinished
        sum.cirReachedA1 += right.cirReachedA1
        sum.adultsA2 += right.adultsA2
        sum.adultsB1 += right.adultsB1
        sum.civicExams += right.civicExams
        sum.civicExamsPassed += right.civicExamsPassed
        sum.courseSeats += right.courseSeats
        sum.fundingCommittedCents += right.fundingCommittedCents
        sum.fundingEmploymentLanguageCents += right.fundingEmploymentLanguageCents
        sum.grantsAwarded += right.grantsAwarded
        sum.coversDepartements = left.coversDepartements || right.coversDepartements
        return sum
    }

    /// The value of an indicator for this area.
    public func value(of indicator: IndicatorDefinition) -> IndicatorValue {
        switch indicator.code {
        case IndicatorCatalogue.referrals.code: .count(referrals)
        case IndicatorCatalogue.welcomeDelay.code: .median(Self.median(welcomeDelays), of: welcomeDelays.count)
        case IndicatorCatalogue.householdsInSupport.code: .count(householdsInSupport)
        case IndicatorCatalogue.personsInSupport.code: .count(personsInSupport)
        case IndicatorCatalogue.contractWithinMonth.code: .rate(contractsWithinMonth, of: contractsSigned)
        case IndicatorCatalogue.exits.code: .count(exits)
        case IndicatorCatalogue.housingExit.code: .rate(exitsSustainableHousing, of: exits)
        case IndicatorCatalogue.activityExit.code: .rate(exitsSustainableActivity, of: exits)
        case IndicatorCatalogue.franceTravail.code: .rate(adultsFranceTravail, of: adultsInSupport)
        case IndicatorCatalogue.deployment.code: .count(departementsCovered)
        case IndicatorCatalogue.pap11.code: .rate(cirReachedA1, of: cirTrainingsFinished)
        case IndicatorCatalogue.a2Attainment.code: .rate(adultsA2, of: adultsInSupport)
        case IndicatorCatalogue.b1Attainment.code: .rate(adultsB1, of: adultsInSupport)
        case IndicatorCatalogue.civicExamPass.code: .rate(civicExamsPassed, of: civicExams)
        case IndicatorCatalogue.languageOffer.code:
            coversDepartements ? .rate(courseSeats, of: max(0, adultsInSupport - adultsA2)) : .rate(0, of: 0)
        case IndicatorCatalogue.fundingSeventyPercent.code:
            .rate(fundingEmploymentLanguageCents, of: fundingCommittedCents)
        case IndicatorCatalogue.grantsAwarded.code: .count(grantsAwarded)
        default: .count(0)
        }
    }

    /// The median of whole numbers: the middle one, or the mean of the two middle ones; nil when empty.
    public static func median(_ values: [Int]) -> Double? {
        guard !values.isEmpty else { return nil }
        let sorted = values.sorted()
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? Double(sorted[middle]) : Double(sorted[middle - 1] + sorted[middle]) / 2
    }
}

/// An indicator's value for one area: a count, a rate with its parts, or a median with how many values it has.
public enum IndicatorValue: Sendable, Equatable {
    case count(Int)
    case rate(Int, of: Int)
    case median(Double?, of: Int)

    /// The number a map or a chart draws (a rate in percent), or nil when undefined.
    public var number: Double? {
        switch self {
        case .count(let count): Double(count)
        case .rate(let numerator, let denominator):
            denominator == 0 ? nil : Double(numerator) * 100 / Double(denominator)
        case .median(let median, _): median
        }
    }
}
