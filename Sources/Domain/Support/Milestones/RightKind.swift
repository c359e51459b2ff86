/// A right or service opened for a person during the support, recorded as a milestone.
public enum RightKind: String, Sendable, Hashable, CaseIterable {
    /// Family and housing benefits opened with the CAF (RSA, APL…).
    case caf
    /// Health insurance opened with the CPAM (PUMa, complémentaire santé solidaire).
    case healthInsurance = "health_insurance"
    /// A bank account opened.
    case bankAccount = "bank_account"
    /// Registration with France Travail.
    case franceTravail = "france_travail"

    /// The French label shown to caseworkers.
    public var label: String {
        switch self {
        case .caf: "Droits CAF ouverts"
        case .healthInsurance: "Assurance maladie ouverte"
        case .bankAccount: "Compte bancaire ouvert"
        case .franceTravail: "Inscription à France Travail"
        }
    }
}
