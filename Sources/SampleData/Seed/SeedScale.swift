/// How much data `parcours seed` writes.
public enum SeedScale: String, Sendable, CaseIterable {
    /// A few hundred households in one département: for tests.
    case tiny
    /// One large département (the Rhône) with about 1 500 households.
    case departement
    /// The national reference scale of the design brief: 60 000 households over every covered département.
    case national

    /// How many households to generate.
    public var households: Int {
        switch self {
        case .tiny: 120
        case .departement: 1_500
        case .national: 60_000
        }
    }
}
