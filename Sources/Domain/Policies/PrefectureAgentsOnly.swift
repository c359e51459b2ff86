/// Only prefecture agents (DDETS) act here, within their départements.
public struct PrefectureAgentsOnly: AccessPolicy {
    public init() {}
    public var name: String { "préfectures" }
    public var rule: String { "Seuls les agents de préfecture agissent ici, dans leurs départements." }
    public var admitsAnonymous: Bool { false }
    public func admits(_ role: Role) -> Bool { role == .prefecture }
}
