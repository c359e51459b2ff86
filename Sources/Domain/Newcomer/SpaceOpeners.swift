/// Which agents may see, open, reopen or close a person's space, and read or answer their messages.
///
/// The household's caseworker and the operator's managers do everything; the operator's other caseworkers of the
/// same département see the access and the thread; the OFII direction that referred the household opens and closes
/// access at the CIR but never reads messages (it sees referral data only). Nobody else is involved.
public enum SpaceOpeners {
    /// What an agent may do with the spaces of one household.
    public struct Rights: Sendable, Equatable {
        public let seesAccess: Bool
        public let opensAccess: Bool
        public let readsMessages: Bool
        public let writesForHousehold: Bool

        static let none = Rights(seesAccess: false, opensAccess: false, readsMessages: false, writesForHousehold: false)
    }

    /// The household as the rule reads it.
    public struct Household: Sendable, Equatable {
        public let departement: String
        public let operatorID: String
        public let caseworkerID: String?
        /// The organisation of the OFII agent who referred it.
        public let referringOrganisationID: String?

        public init(departement: String, operatorID: String, caseworkerID: String?, referringOrganisationID: String?) {
            self.departement = departement
            self.operatorID = operatorID
            self.caseworkerID = caseworkerID
            self.referringOrganisationID = referringOrganisationID
        }
    }

    /// The rights of `actor` on the spaces of `household`.
    public static func rights(of actor: AccountSummary, on household: Household) -> Rights {
        switch actor.role {
        case .responsable where household.operatorID == actor.organisationID:
            return Rights(seesAccess: true, opensAccess: true, readsMessages: true, writesForHousehold: true)
        case .referent where household.operatorID == actor.organisationID:
            if household.caseworkerID == actor.id {
                return Rights(seesAccess: true, opensAccess: true, readsMessages: true, writesForHousehold: true)
            }
            guard case .departements(let codes) = actor.scope, codes.contains(household.departement) else {
                return .none
            }
            return Rights(seesAccess: true, opensAccess: false, readsMessages: true, writesForHousehold: false)
        case .ofii where household.referringOrganisationID == actor.organisationID:
            return Rights(seesAccess: true, opensAccess: true, readsMessages: false, writesForHousehold: false)
        default:
            return .none
        }
    }

    /// Whether the reading of a thread by this agent marks the person's messages as read: the caseworker's does,
    /// and a manager's when no caseworker is assigned, so that a colleague's glance never hides them.
    public static func readingMarksAsRead(actor: AccountSummary, household: Household) -> Bool {
        household.caseworkerID == actor.id || (household.caseworkerID == nil && actor.role == .responsable)
    }
}
