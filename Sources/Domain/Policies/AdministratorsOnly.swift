/// Only platform administrators manage organisations and accounts.
public struct AdministratorsOnly: AccessPolicy {
    public init() {}
    public var name: String { "administrateurs" }
    public var rule: String { "Seuls les administrateurs de la plateforme gèrent les organisations et les comptes." }
    public var admitsAnonymous: Bool { false }
    public func admits(_ role: Role) -> Bool { role == .admin }
}
