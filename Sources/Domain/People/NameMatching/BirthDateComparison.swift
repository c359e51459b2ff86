/// How two possibly partial birth dates relate, comparing only the parts both records know.
enum BirthDateComparison: Sendable, Equatable {
    /// No part is known on both sides.
    case unknown
    /// Every part known on both sides is equal; `precision` is how many parts were compared (1…3).
    case compatible(precision: Int, placeholder: Bool)
    /// A part known on both sides differs.
    case incompatible

    /// Compares two birth dates given as optional year, month and day.
    init(_ left: NameCandidate, _ right: NameCandidate) {
        let parts: [(Int?, Int?)] = [
            (left.birthYear, right.birthYear), (left.birthMonth, right.birthMonth), (left.birthDay, right.birthDay),
        ]
        var compared = 0
        var differs = false
        for case let (l?, r?) in parts {
            compared += 1
            if l != r { differs = true }
        }
        if !differs {
            self = compared == 0 ? .unknown : .compatible(precision: compared, placeholder: false)
            return
        }
        // 1 January and 31 December are routinely entered when only the year is known,
        // so with the same year their month and day are not evidence either way.
        let placeholder =
            Self.isPlaceholder(month: left.birthMonth, day: left.birthDay)
            || Self.isPlaceholder(month: right.birthMonth, day: right.birthDay)
        if placeholder, let year = left.birthYear, year == right.birthYear {
            self = .compatible(precision: 1, placeholder: true)
        } else {
            self = .incompatible
        }
    }

    /// Whether a day and month are the ones entered when only the year is known.
    private static func isPlaceholder(month: Int?, day: Int?) -> Bool {
        (month == 1 && day == 1) || (month == 12 && day == 31)
    }

    /// Points added to the score.
    var points: Int {
        switch self {
        case .unknown: 10
        case .compatible(let precision, _): 30 + 5 * precision
        case .incompatible: 0
        }
    }

    /// Reason shown to the caseworker.
    var reason: String {
        switch self {
        case .unknown: "date de naissance inconnue"
        case .compatible(_, true): "même année de naissance (1er janvier ou 31 décembre : date souvent fictive)"
        case .compatible(1, _): "même année de naissance"
        case .compatible(2, _): "même mois et année de naissance"
        case .compatible: "même date de naissance"
        case .incompatible: "date de naissance différente"
        }
    }
}
