/// Partners reach the training provider's screens; the service then requires a training-provider organisation.
public struct TrainingProviders: AccessPolicy {
    public init() {}
    public var name: String { "organismes de formation" }
    public var rule: String {
        "Seuls les partenaires d'un organisme de formation gèrent leurs formations, inscriptions et présences."
    }
    public var admitsAnonymous: Bool { false }
    public func admits(_ role: Role) -> Bool { role == .partenaire }
}
