/// The AGIR positive-exit rule: sustainable housing and sustainable employment or training, both.
public enum PositiveExitRule {
    /// The code of the housing condition.
    public static let housingCode = "sustainable_housing"
    /// The code of the employment-or-training condition.
    public static let activityCode = "sustainable_activity"

    /// Assesses an exit from the housing and activity situations at exit (DESIGN §4, domain-facts §1.5).
    public static func evaluate(housing: HousingSituation, activity: ActivitySituation) -> ExitAssessment {
        ExitAssessment(conditions: [housingCondition(housing), activityCondition(activity)])
    }

    /// The housing condition for a housing situation.
    public static func housingCondition(_ housing: HousingSituation) -> ExitCondition {
        let met = housing.isSustainable
        let explanation =
            met
            ? "Logement durable : \(housing.label)."
            : "Logement non durable : \(housing.label). Sont durables un bail locatif social ou privé, "
                + "une résidence sociale, un foyer de jeunes travailleurs ou la propriété du logement."
        return ExitCondition(code: housingCode, met: met, explanation: explanation)
    }

    /// The employment-or-training condition for an activity situation.
    public static func activityCondition(_ activity: ActivitySituation) -> ExitCondition {
        let met = activity.isSustainable
        let explanation =
            met
            ? "Emploi ou formation durable : \(activity.label)."
            : "Emploi ou formation non durable : \(activity.label). Sont durables un CDI, un CDD "
                + "d'au moins \(ContractType.sustainableFixedTermMonths) mois, un contrat d'apprentissage "
                + "ou une formation qualifiante ou diplômante."
        return ExitCondition(code: activityCode, met: met, explanation: explanation)
    }
}
