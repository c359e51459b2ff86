extension SeedScale {
    /// Subsidy applications over three budget years: about 20 000 at national scale (DESIGN §6).
    var fundingApplications: Int {
        switch self {
        case .tiny: 30
        case .departement: 300
        case .national: 20_000
        }
    }

    /// Associations that apply: about 3 000 at national scale.
    var associations: Int {
        switch self {
        case .tiny: 6
        case .departement: 60
        case .national: 3_000
        }
    }
}
