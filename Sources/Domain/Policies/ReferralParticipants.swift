/// OFII agents, operator managers and caseworkers follow referrals; each sees only those of its own organisation.
public struct ReferralParticipants: AccessPolicy {
    public init() {}
    public var name: String { "acteurs de l'orientation" }
    public var rule: String {
        "L'OFII voit les orientations de sa direction, l'opérateur celles qui lui sont adressées, le référent celles de ses ménages."
    }
    public var admitsAnonymous: Bool { false }
    public func admits(_ role: Role) -> Bool { [.ofii, .responsable, .referent].contains(role) }
}
