/// Which situation snapshot of housing and employment is due.
public enum SnapshotKind: Sendable, Hashable {
    /// The snapshot at entry into the support.
    case entry
    /// The n-th six-month snapshot, taken 6 × n months after entry.
    case sixMonths(Int)
    /// The snapshot at exit.
    case exit

    /// The French label shown to caseworkers.
    public var label: String {
        switch self {
        case .entry: "Situation à l'entrée"
        case .sixMonths(let number): "Situation à \(6 * number) mois"
        case .exit: "Situation à la sortie"
        }
    }
}
