/// Only the data protection officer reads and exports the audit log.
public struct DataProtectionOfficerOnly: AccessPolicy {
    public init() {}
    public var name: String { "délégué à la protection des données" }
    public var rule: String { "Seul le délégué à la protection des données consulte et exporte le journal d'audit." }
    public var admitsAnonymous: Bool { false }
    public func admits(_ role: Role) -> Bool { role == .dpo }
}
