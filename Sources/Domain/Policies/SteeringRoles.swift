/// Prefecture, regional and national steering see aggregated indicators of their territory, never named data.
public struct SteeringRoles: AccessPolicy {
    public init() {}
    public var name: String { "pilotage territorial" }
    public var rule: String {
        "Les agents de préfecture, de DREETS et du pilotage national consultent les indicateurs agrégés de leur "
            + "territoire, jamais de données nominatives."
    }
    public var admitsAnonymous: Bool { false }
    public func admits(_ role: Role) -> Bool { [.prefecture, .dreets, .national].contains(role) }
}
