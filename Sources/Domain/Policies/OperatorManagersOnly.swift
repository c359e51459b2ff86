/// Only operator managers accept or decline referrals and assign caseworkers.
public struct OperatorManagersOnly: AccessPolicy {
    public init() {}
    public var name: String { "responsables d'opérateur" }
    public var rule: String {
        "Seuls les responsables d'opérateur acceptent ou refusent une orientation et affectent un référent."
    }
    public var admitsAnonymous: Bool { false }
    public func admits(_ role: Role) -> Bool { role == .responsable }
}
