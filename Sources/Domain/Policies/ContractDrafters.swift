/// Only prefecture agents draft a contract, sign it, add its axes, actions and credits, and hold its reviews.
public struct ContractDrafters: AccessPolicy {
    public init() {}
    public var name: String { "préfecture, rédaction des contrats" }
    public var rule: String {
        "Seuls les agents de préfecture préparent, signent et font vivre les contrats territoriaux de leurs départements."
    }
    public var admitsAnonymous: Bool { false }
    public func admits(_ role: Role) -> Bool { role == .prefecture }
}
