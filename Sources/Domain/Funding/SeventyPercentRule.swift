/// The 2024 instruction: at least 70 % of an envelope's action-12 credits go to integration through employment and
/// language. Measured on committed amounts (AE) of grants tagged emploi or langue, envelope by envelope, in integer
/// cents so that the threshold is decided exactly.
public enum SeventyPercentRule {
    /// The share required, in percent.
    public static let percent = 70

    /// The outcome for one envelope.
    public enum Status: String, Sendable, Equatable {
        case met = "atteint"
        case notMet = "non_atteint"
        case nothingCommitted = "sans_engagement"

        /// The French label.
        public var label: String {
            switch self {
            case .met: "Règle des 70 % respectée"
            case .notMet: "Règle des 70 % non respectée"
            case .nothingCommitted: "Aucun crédit engagé"
            }
        }
    }

    /// The status of an envelope: `employmentOrLanguage` committed on actions tagged emploi or langue, `total` committed
    /// on action-12 grants.
    public static func status(employmentOrLanguage: Money, total: Money) -> Status {
        guard total > .zero else { return .nothingCommitted }
        return Money.isShare(employmentOrLanguage, atLeast: percent, of: total) ? .met : .notMet
    }

    /// Whether a grant counts in the numerator: any of its tags is emploi or langue.
    public static func counts(_ tags: [ThematicTag]) -> Bool { tags.contains(where: \.countsForSeventyPercent) }
}
