/// Who takes part in a contract, as the access rules read it.
public struct ContractParties: Sendable, Equatable {
    public let departements: [String]
    public let regionCode: String
    /// The Parcours organisations of the local authorities that signed.
    public let signatoryOrganisations: Set<String>
    /// The Parcours organisations that lead one of its actions.
    public let leadOrganisations: Set<String>

    public init(
        departements: [String],
        regionCode: String,
        signatoryOrganisations: Set<String>,
        leadOrganisations: Set<String>
    ) {
        self.departements = departements
        self.regionCode = regionCode
        self.signatoryOrganisations = signatoryOrganisations
        self.leadOrganisations = leadOrganisations
    }
}

/// Who may read, draft and report on a contract: the prefecture drafts and follows the contracts of its
/// départements, the région reads those of its départements, national steering reads all, and a partner reads the
/// contracts its organisation signed or leads an action of, and reports on those actions (all of them when it
/// signed). No rule here opens named data: contract pages show aggregates only.
public enum ContractAccess {
    /// Whether the actor may open the contract.
    public static func canRead(_ actor: AccountSummary, _ parties: ContractParties) -> Bool {
        switch actor.role {
        case .national: return true
        case .dreets:
            if case .region(let code) = actor.scope { return code == parties.regionCode }
            return false
        case .prefecture: return canDraft(actor, parties)
        case .partenaire:
            return parties.signatoryOrganisations.contains(actor.organisationID)
                || parties.leadOrganisations.contains(actor.organisationID)
        case .referent, .responsable, .ofii, .dpo, .admin: return false
        }
    }

    /// Whether the actor drafts and follows the contract: a prefecture agent of one of its départements.
    public static func canDraft(_ actor: AccountSummary, _ parties: ContractParties) -> Bool {
        guard actor.role == .prefecture, case .departements(let codes) = actor.scope else { return false }
        return parties.departements.contains(where: codes.contains)
    }

    /// Whether the actor enters results for an action led by `actionLead`: the prefecture, a signatory, or the lead.
    public static func canReport(_ actor: AccountSummary, _ parties: ContractParties, actionLead: String?) -> Bool {
        if canDraft(actor, parties) { return true }
        guard actor.role == .partenaire else { return false }
        return parties.signatoryOrganisations.contains(actor.organisationID) || actionLead == actor.organisationID
    }

    /// Whether the actor writes the shared diagnosis's analysis: the prefecture or a signatory local authority.
    public static func canWriteAnalysis(_ actor: AccountSummary, _ parties: ContractParties) -> Bool {
        canDraft(actor, parties)
            || (actor.role == .partenaire && parties.signatoryOrganisations.contains(actor.organisationID))
    }
}
