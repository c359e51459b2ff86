import Domain
import Services

/// A goal of the commitment contract, in one diagnosis domain.
public struct SyntheticGoal: Sendable, Equatable {
    /// The diagnosis domain the goal answers.
    public let domain: String
    /// The member concerned, nil for the whole household.
    public let memberIndex: Int?
    /// The French title of the goal.
    public let title: String
    /// The planned actions, by due date.
    public let actions: [SyntheticAction]
}

/// A planned step toward a goal.
public struct SyntheticAction: Sendable, Equatable {
    /// What is to be done, in French.
    public let description: String
    /// Who does it: referent, personne or partenaire.
    public let actor: String
    /// The deadline.
    public let due: CalendarDay
    /// a_faire, en_cours, faite or abandonnee.
    public let status: String
    /// What came of it, empty unless faite or abandonnee.
    public let outcome: String
}
