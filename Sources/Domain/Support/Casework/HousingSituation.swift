/// Where a household lives at a given moment, as recorded in a situation snapshot.
public enum HousingSituation: String, Sendable, Hashable, CaseIterable, Codable {
    /// Asylum accommodation of the national scheme (DNA: CADA, HUDA…).
    case asylumAccommodation = "asylum_accommodation"
    /// Emergency accommodation (115, SIAO, CHU…).
    case emergencyAccommodation = "emergency_accommodation"
    /// Centre provisoire d'hébergement for refugees.
    case provisionalAccommodationCentre = "provisional_accommodation_centre"
    /// Hosted by family, friends or another third party.
    case hostedByThirdParty = "hosted_by_third_party"
    /// Hotel room, paid by the person or by a social service.
    case hotel
    /// No accommodation at all (street, squat, car).
    case homeless
    /// Tenant of a social landlord (HLM) under a lease.
    case socialRentalLease = "social_rental_lease"
    /// Tenant of a private landlord under a lease, including a lease through a social letting agency.
    case privateRentalLease = "private_rental_lease"
    /// Résidence sociale, including pensions de famille and former FTM turned résidences sociales.
    case socialResidence = "social_residence"
    /// Foyer de jeunes travailleurs.
    case youngWorkersHostel = "young_workers_hostel"
    /// Intermédiation locative by sub-letting: the association holds the lease, the household sub-lets.
    case rentalIntermediation = "rental_intermediation"
    /// Owner of the dwelling.
    case owner
    /// Any other situation.
    case other

    /// The French label shown to caseworkers.
    public var label: String {
        switch self {
        case .asylumAccommodation: "Hébergement du dispositif national d'asile (CADA, HUDA…)"
        case .emergencyAccommodation: "Hébergement d'urgence"
        case .provisionalAccommodationCentre: "Centre provisoire d'hébergement (CPH)"
        case .hostedByThirdParty: "Hébergé par un tiers"
        case .hotel: "Hôtel"
        case .homeless: "Sans hébergement"
        case .socialRentalLease: "Locataire d'un logement social (bail)"
        case .privateRentalLease: "Locataire d'un logement privé (bail)"
        case .socialResidence: "Résidence sociale"
        case .youngWorkersHostel: "Foyer de jeunes travailleurs (FJT)"
        case .rentalIntermediation: "Intermédiation locative en sous-location (dont bail glissant)"
        case .owner: "Propriétaire"
        case .other: "Autre situation"
        }
    }

    /// Whether this housing counts as sustainable for a positive AGIR exit.
    public var isSustainable: Bool {
        switch self {
        // The AGIR exit criterion: social or private lease, résidence sociale or FJT (DESIGN §4,
        // domain-facts §1.5 [S11]).
        case .socialRentalLease, .privateRentalLease, .socialResidence, .youngWorkersHostel:
            true
        // In sub-letting the household only holds an occupancy agreement that ends with the
        // association's lease (ADIL note 2015-14), so it counts once the lease slides to the
        // household. Under a management mandate the household holds its own 1989-law lease:
        // record that as a private lease.
        case .rentalIntermediation:
            false
        // Owning is at least as lasting as a lease, though AGIR's list does not name it.
        case .owner:
            true
        case .asylumAccommodation, .emergencyAccommodation, .provisionalAccommodationCentre,
            .hostedByThirdParty, .hotel, .homeless, .other:
            false
        }
    }
}
