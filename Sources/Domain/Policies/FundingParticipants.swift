/// An application's documents, frozen versions and notification letter are read by its applicant and its instructors.
public struct FundingParticipants: AccessPolicy {
    public init() {}
    public var name: String { "parties à une demande de subvention" }
    public var rule: String {
        "L'association qui a déposé la demande et le service qui l'instruit lisent ses pièces, ses versions déposées et "
            + "sa lettre de notification ; personne d'autre."
    }
    public var admitsAnonymous: Bool { false }
    public func admits(_ role: Role) -> Bool { [.partenaire, .prefecture, .dreets].contains(role) }
}
