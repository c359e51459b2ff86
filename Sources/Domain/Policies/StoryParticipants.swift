/// Caseworkers and partners draft success stories after recording consent; prefecture agents review them.
public struct StoryParticipants: AccessPolicy {
    public init() {}
    public var name: String { "récits de parcours" }
    public var rule: String {
        "Les référents, responsables d'opérateur et partenaires rédigent des récits de parcours après avoir recueilli "
            + "le consentement de la personne ; la préfecture les relit avant publication."
    }
    public var admitsAnonymous: Bool { false }
    public func admits(_ role: Role) -> Bool { [.referent, .responsable, .partenaire, .prefecture].contains(role) }
}
