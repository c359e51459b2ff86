/// The contracts' pages: the prefecture, the région, national steering and partners; the service then keeps each to
/// the contracts of its territory or of its organisation.
public struct ContractParticipants: AccessPolicy {
    public init() {}
    public var name: String { "acteurs des contrats territoriaux" }
    public var rule: String {
        "La préfecture suit les contrats de ses départements, la DREETS ceux de sa région, le pilotage national tous ; "
            + "un partenaire, ceux que son organisation a signés ou dont elle porte une action."
    }
    public var admitsAnonymous: Bool { false }
    public func admits(_ role: Role) -> Bool { [.prefecture, .dreets, .national, .partenaire].contains(role) }
}
