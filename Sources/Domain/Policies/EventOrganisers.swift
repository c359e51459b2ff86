/// Prefecture agents declare and label events of the Semaine de l'intégration; partners propose their own.
public struct EventOrganisers: AccessPolicy {
    public init() {}
    public var name: String { "organisateurs d'événements" }
    public var rule: String {
        "Les agents de préfecture déclarent et labellisent les événements de leurs départements ; les partenaires "
            + "proposent ceux de leur organisme."
    }
    public var admitsAnonymous: Bool { false }
    public func admits(_ role: Role) -> Bool { role == .prefecture || role == .partenaire }
}
