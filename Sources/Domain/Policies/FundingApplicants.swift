/// Partners apply for subsidies; the service then requires an association (or a training provider that is one).
public struct FundingApplicants: AccessPolicy {
    public init() {}
    public var name: String { "demandeurs de subvention" }
    public var rule: String {
        "Seuls les partenaires d'une association déposent des demandes de subvention et leurs comptes rendus financiers."
    }
    public var admitsAnonymous: Bool { false }
    public func admits(_ role: Role) -> Bool { role == .partenaire }
}
