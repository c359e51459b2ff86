extension TerritorialScope {
    /// Whether this scope reaches a département of region `region`: the nation reaches all, a region its own, a list
    /// of départements those.
    public func reaches(departement code: String, region: String) -> Bool {
        switch self {
        case .nation: true
        case .region(let own): own == region
        case .departements(let codes): codes.contains(code)
        }
    }

    /// Whether this scope reaches a whole region: the nation, or that region.
    public func reaches(region: String) -> Bool {
        switch self {
        case .nation: true
        case .region(let own): own == region
        case .departements: false
        }
    }
}
