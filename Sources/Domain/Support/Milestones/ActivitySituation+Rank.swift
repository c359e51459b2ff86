extension ActivitySituation {
    /// How favourable the situation is toward a positive exit: higher is better.
    public var rank: Int {
        switch self {
        case .employed(let contract) where contract.isSustainable: 7
        case .qualifyingTraining: 6
        case .employed: 5
        case .selfEmployed: 4
        case .nonQualifyingTraining: 3
        case .jobSeekerRegistered: 2
        case .jobSeekerNotRegistered: 1
        case .inactive: 0
        }
    }
}
