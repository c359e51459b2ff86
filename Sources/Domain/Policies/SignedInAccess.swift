/// Any signed-in account may use these routes, whatever its role (home page, reference data, own account).
public struct SignedInAccess: AccessPolicy {
    public init() {}
    public var name: String { "compte connecté" }
    public var rule: String { "Toute personne connectée avec un compte actif peut utiliser ces adresses." }
    public var admitsAnonymous: Bool { false }
    public func admits(_ role: Role) -> Bool { true }
}
