/// Only national steering (DGEF) edits national reference data such as AGIR deployment dates.
public struct NationalSteeringOnly: AccessPolicy {
    public init() {}
    public var name: String { "pilotage national" }
    public var rule: String {
        "Seul le pilotage national (DGEF) modifie les référentiels nationaux, comme les dates de déploiement d'AGIR."
    }
    public var admitsAnonymous: Bool { false }
    public func admits(_ role: Role) -> Bool { role == .national }
}
