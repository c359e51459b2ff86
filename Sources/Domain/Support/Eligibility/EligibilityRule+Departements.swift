extension EligibilityRule {
    /// Evaluates with the départements' recorded AGIR deployment dates, AGIR covering metropolitan France
    /// without Corsica: the one way the referral form, the check page and the API apply the rule.
    public static func evaluate(_ input: EligibilityInput, departements: [Departement]) -> EligibilityOutcome {
        let deployments = Dictionary(
            uniqueKeysWithValues: departements.map { ($0.code, $0.agirDeployedOn) }
        )
        return evaluate(input, deployment: { deployments[$0] ?? nil }, isCovered: metropolitanExceptCorsica)
    }
}
