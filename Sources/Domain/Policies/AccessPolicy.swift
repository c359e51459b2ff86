/// A named access rule deciding who may use a group of routes; each policy lives in its own file.
public protocol AccessPolicy: Sendable {
    /// The policy's name, as used in logs and in the route × role test.
    var name: String { get }
    /// The rule in one French sentence.
    var rule: String { get }
    /// Whether a visitor who is not signed in passes.
    var admitsAnonymous: Bool { get }
    /// Whether a signed-in account with this role passes.
    func admits(_ role: Role) -> Bool
    /// Whether a person signed in to their space passes (never for agents' pages).
    var admitsNewcomers: Bool { get }
}

extension AccessPolicy {
    /// Agents' pages admit no person's session.
    public var admitsNewcomers: Bool { false }
}
