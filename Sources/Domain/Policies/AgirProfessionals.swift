/// The professionals who refer to, run or steer AGIR may use its tools (eligibility check).
public struct AgirProfessionals: AccessPolicy {
    public init() {}
    public var name: String { "professionnels d'AGIR" }
    public var rule: String {
        "Les référents, responsables d'opérateur, agents de l'OFII, de préfecture, de DREETS et le pilotage national utilisent les outils d'AGIR."
    }
    public var admitsAnonymous: Bool { false }
    public func admits(_ role: Role) -> Bool {
        [.referent, .responsable, .ofii, .prefecture, .dreets, .national].contains(role)
    }
}
