/// Every closed list of values the generator emits, for callers and tests to check against.
public enum SyntheticVocabulary {
    /// Diagnosis domains, in the order of the diagnosis form (health is deliberately absent).
    public static let diagnosisDomains = [
        "acces_droits", "logement", "emploi_formation", "langue_francaise",
        "mobilite", "famille_parentalite", "numerique", "budget",
    ]
    /// Need levels, from none to strong.
    public static let needs = ["aucun", "faible", "moyen", "fort"]
    /// Rights whose opening is recorded as a milestone.
    public static let rights = ["caf", "health_insurance", "bank_account", "france_travail"]
    /// Housing situations.
    public static let housing = [
        "asylum_accommodation", "emergency_accommodation", "provisional_accommodation_centre",
        "hosted_by_third_party", "hotel", "homeless", "social_rental_lease", "private_rental_lease",
        "social_residence", "young_workers_hostel", "rental_intermediation", "owner", "other",
    ]
    /// Housing situations counted as sustainable at exit.
    public static let sustainableHousing = [
        "social_rental_lease", "private_rental_lease", "social_residence", "young_workers_hostel", "owner",
    ]
    /// Activity situations; a fixed-term contract is written "cdd:N" with N months in 1...36.
    public static let activities = [
        "jobseeker_registered", "jobseeker_not_registered", "qualifying_training", "non_qualifying_training",
        "cdi", "cdd", "interim", "subsidised", "apprenticeship", "self_employed", "inactive",
    ]
    /// Activity situations without job or training.
    public static let withoutJobOrTraining = ["jobseeker_registered", "jobseeker_not_registered", "inactive"]
    /// Relations of members to the reference person.
    public static let relations = ["conjoint", "enfant", "parent", "autre"]
    /// International protection statuses.
    public static let protections = ["refugee", "subsidiary", "stateless"]
    /// Authorities granting protection.
    public static let protectionAuthorities = ["OFPRA", "CNDA"]
    /// Contact modes.
    public static let contactModes = ["presentiel", "telephone", "visio", "visite_domicile"]
    /// Who carries out an action.
    public static let actors = ["referent", "personne", "partenaire"]
    /// Action statuses.
    public static let actionStatuses = ["a_faire", "en_cours", "faite", "abandonnee"]
    /// Exit reasons.
    public static let exitReasons = [
        "objectives_reached", "maximum_duration_reached", "moved", "left_programme", "other",
    ]
    /// Reasons a referral is declined.
    public static let declineReasons = [
        "Le ménage a refusé l'accompagnement",
        "Ménage déjà accompagné par un autre dispositif",
        "Adresse hors du département",
        "Ménage injoignable après plusieurs relances",
        "Orientation en doublon",
        "Ménage ne relevant pas du public du programme",
    ]

    /// Whether `value` is a valid activity, "cdd:N" included.
    public static func isActivity(_ value: String) -> Bool {
        if let months = fixedTermMonths(value) { return (1...36).contains(months) }
        return value != "cdd" && activities.contains(value)
    }

    /// The N of "cdd:N", or nil for any other value.
    public static func fixedTermMonths(_ value: String) -> Int? {
        guard value.hasPrefix("cdd:") else { return nil }
        return Int(value.dropFirst(4))
    }

    /// Whether the activity counts as sustainable: cdi, cdd of 6 months or more, qualifying training.
    public static func isSustainableActivity(_ value: String) -> Bool {
        if let months = fixedTermMonths(value) { return months >= 6 }
        return value == "cdi" || value == "qualifying_training"
    }
}
