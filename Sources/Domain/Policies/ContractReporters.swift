/// The prefecture and partners report on a contract (results of actions, the shared diagnosis's analysis); the
/// service keeps a partner to the contracts it signed and the actions it leads.
public struct ContractReporters: AccessPolicy {
    public init() {}
    public var name: String { "suivi des contrats territoriaux" }
    public var rule: String {
        "La préfecture et les partenaires signataires ou porteurs d'action saisissent les résultats et l'analyse partagée."
    }
    public var admitsAnonymous: Bool { false }
    public func admits(_ role: Role) -> Bool { role == .prefecture || role == .partenaire }
}
