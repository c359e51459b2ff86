/// What "Qui a consulté mon dossier" tells a person about each agent who read or changed their records.
///
/// Policy: every event shows the organisation, the role, the day and the action. An agent's name is shown only
/// when the person already knows it from their space, that is for their own caseworker; any other agent is named by
/// role and organisation alone (agents' names are personal data too, and other names serve no right of the person).
public enum AuditDisclosure {
    /// Whether the agent's name may be shown to the person.
    public static func showsName(agentAccountID: String?, householdCaseworkerID: String?) -> Bool {
        guard let agentAccountID, let householdCaseworkerID else { return false }
        return agentAccountID == householdCaseworkerID
    }
}
