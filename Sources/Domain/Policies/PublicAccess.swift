/// Anyone may use these routes, signed in or not (login page, accessibility statement, health checks).
public struct PublicAccess: AccessPolicy {
    public init() {}
    public var name: String { "accès public" }
    public var rule: String { "Tout visiteur, connecté ou non, peut utiliser ces adresses." }
    public var admitsAnonymous: Bool { true }
    public func admits(_ role: Role) -> Bool { true }
}
