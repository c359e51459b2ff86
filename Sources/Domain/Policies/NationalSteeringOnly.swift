/// Only national steering (DGEF) edits national reference data and takes the pseudonymised statistical extract.
public struct NationalSteeringOnly: AccessPolicy {
    public init() {}
    public var name: String { "pilotage national" }
    public var rule: String {
        "Seul le pilotage national (DGEF) modifie les référentiels nationaux, comme les dates de déploiement d'AGIR, "
            + "et télécharge l'extrait statistique pseudonymisé."
    }
    public var admitsAnonymous: Bool { false }
    public func admits(_ role: Role) -> Bool { role == .national }
}
