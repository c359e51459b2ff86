/// Caseworkers and operator managers open household files, within their organisation (and départements).
public struct OperatorStaff: AccessPolicy {
    public init() {}
    public var name: String { "équipe de l'opérateur" }
    public var rule: String {
        "Les référents et responsables d'opérateur ouvrent les dossiers des ménages de leur organisation (et, pour le référent, de ses départements)."
    }
    public var admitsAnonymous: Bool { false }
    public func admits(_ role: Role) -> Bool { [.referent, .responsable].contains(role) }
}
