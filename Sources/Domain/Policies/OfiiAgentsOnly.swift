/// Only OFII agents refer households to AGIR.
public struct OfiiAgentsOnly: AccessPolicy {
    public init() {}
    public var name: String { "agents de l'OFII" }
    public var rule: String { "Seuls les agents de l'OFII orientent des ménages vers AGIR." }
    public var admitsAnonymous: Bool { false }
    public func admits(_ role: Role) -> Bool { role == .ofii }
}
