/// Caseworkers, operator managers and OFII agents open persons' spaces; the service then checks the household.
public struct SpaceOpenerAgents: AccessPolicy {
    public init() {}
    public var name: String { "ouverture des espaces personnels" }
    public var rule: String {
        "Le référent du ménage, les responsables de l'opérateur et la direction de l'OFII qui a orienté le ménage "
            + "ouvrent, rouvrent et ferment l'espace personnel d'un adulte."
    }
    public var admitsAnonymous: Bool { false }
    public func admits(_ role: Role) -> Bool { [.referent, .responsable, .ofii].contains(role) }
}
