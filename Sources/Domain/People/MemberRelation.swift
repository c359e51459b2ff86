/// How a member is related to the household's reference person.
public enum MemberRelation: String, Sendable, CaseIterable {
    case spouse = "conjoint"
    case child = "enfant"
    case parent
    case other = "autre"

    /// The French label.
    public var label: String {
        switch self {
        case .spouse: "Conjoint ou conjointe"
        case .child: "Enfant"
        case .parent: "Parent"
        case .other: "Autre membre"
        }
    }
}
