/// Caseworkers, operator managers and partners record a person's consent and draft their success story.
public struct StoryAuthors: AccessPolicy {
    public init() {}
    public var name: String { "auteurs de récits" }
    public var rule: String {
        "Les référents, responsables d'opérateur et partenaires recueillent le consentement d'une personne et "
            + "rédigent son récit de parcours."
    }
    public var admitsAnonymous: Bool { false }
    public func admits(_ role: Role) -> Bool { [.referent, .responsable, .partenaire].contains(role) }
}
