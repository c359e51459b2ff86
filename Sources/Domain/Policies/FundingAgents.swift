/// DDETS and DREETS agents run calls for projects and instruct applications of their territory.
public struct FundingAgents: AccessPolicy {
    public init() {}
    public var name: String { "services instructeurs" }
    public var rule: String {
        "Les agents de préfecture (DDETS) et de DREETS gèrent les appels à projets et instruisent les demandes de leur "
            + "territoire : notation, comité, décision, convention, engagement, paiements, comptes rendus."
    }
    public var admitsAnonymous: Bool { false }
    public func admits(_ role: Role) -> Bool { role == .prefecture || role == .dreets }
}
