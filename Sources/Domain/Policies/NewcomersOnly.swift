/// Only a person signed in to their own space (never an agent's account) reaches these pages.
public struct NewcomersOnly: AccessPolicy {
    public init() {}
    public var name: String { "personnes accompagnées" }
    public var rule: String {
        "Seule une personne accompagnée connectée à son espace personnel ouvre ces pages, et seulement pour son "
            + "propre ménage ; aucun compte d'agent n'y accède."
    }
    public var admitsAnonymous: Bool { false }
    public var admitsNewcomers: Bool { true }
    public func admits(_ role: Role) -> Bool { false }
}
