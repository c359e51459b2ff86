/// Weighted tables of housing situations.
enum HousingTables {
    /// The situation at the welcome interview: asylum accommodation first.
    static let entry = WeightedTable<String>([
        ("asylum_accommodation", 39), ("provisional_accommodation_centre", 14), ("hosted_by_third_party", 15),
        ("emergency_accommodation", 10), ("hotel", 5), ("rental_intermediation", 6), ("social_residence", 2),
        ("homeless", 2), ("private_rental_lease", 2), ("social_rental_lease", 2), ("young_workers_hostel", 1),
        ("other", 2),
    ])
    /// A sustainable final situation for a young single person.
    static let sustainableForYoungSingles = WeightedTable<String>([
        ("social_rental_lease", 38), ("private_rental_lease", 12), ("social_residence", 24),
        ("young_workers_hostel", 25), ("owner", 1),
    ])
    /// A sustainable final situation for other households.
    static let sustainableForOthers = WeightedTable<String>([
        ("social_rental_lease", 74), ("private_rental_lease", 17), ("social_residence", 8), ("owner", 1),
    ])
    /// A final situation that is not sustainable yet.
    static let unsustainable = WeightedTable<String>([
        ("rental_intermediation", 30), ("hosted_by_third_party", 22), ("provisional_accommodation_centre", 14),
        ("emergency_accommodation", 12), ("hotel", 6), ("asylum_accommodation", 4), ("homeless", 3), ("other", 9),
    ])
    /// A step between entry and final situation for a young single person.
    static let stepForYoungSingles = WeightedTable<String>([
        ("provisional_accommodation_centre", 22), ("rental_intermediation", 22), ("hosted_by_third_party", 15),
        ("social_residence", 14), ("young_workers_hostel", 14), ("emergency_accommodation", 7), ("hotel", 3),
        ("other", 3),
    ])
    /// A step between entry and final situation for other households.
    static let stepForOthers = WeightedTable<String>([
        ("provisional_accommodation_centre", 27), ("rental_intermediation", 30), ("hosted_by_third_party", 14),
        ("social_residence", 9), ("emergency_accommodation", 10), ("hotel", 6), ("other", 4),
    ])
    /// How many steps between entry and final situation.
    static let stepCount = WeightedTable<Int>([(0, 50), (1, 35), (2, 15)])

    /// The chance of a sustainable housing at the end of support, by exit reason.
    static func sustainableChance(reason: String) -> Double {
        switch reason {
        case "objectives_reached": 0.95
        case "maximum_duration_reached": 0.68
        case "moved": 0.45
        case "left_programme": 0.3
        default: 0.4
        }
    }

    /// How far a housing situation is from lasting independent housing, 0 (street) to 7 (owner).
    static func progress(_ housing: String) -> Int {
        switch housing {
        case "homeless": 0
        case "hotel", "emergency_accommodation", "asylum_accommodation": 1
        case "hosted_by_third_party", "other": 2
        case "provisional_accommodation_centre": 3
        case "rental_intermediation": 4
        case "social_residence", "young_workers_hostel": 5
        case "social_rental_lease", "private_rental_lease": 6
        default: 7
        }
    }
}
