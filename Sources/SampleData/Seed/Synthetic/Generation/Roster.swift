/// The members of a household, with what the rest of the generation needs to know about them.
struct Roster {
    /// The members, reference person first.
    let persons: [SyntheticPerson]
    /// Age of each member at referral.
    let ages: [Int]
    /// Arrival day of each joining relative, nil for members present at referral.
    let arrivalDays: [Int?]
    /// Whether the household's origin is French-speaking.
    let francophone: Bool

    /// Positions of the adult members.
    var adults: [Int] { ages.indices.filter { ages[$0] >= 18 } }
    /// Whether the household has children.
    var hasChildren: Bool { persons.contains { $0.relation == "enfant" } }
}

/// A member decided but not yet named or dated.
struct MemberPlan {
    /// "M" or "F".
    let sex: String
    /// Days between birth and referral.
    let daysOld: Int
    /// Age at referral, in years.
    var age: Int { (daysOld * 4) / 1_461 }
    /// Relation to the reference person, nil for them.
    let relation: String?
    /// Family name before any feminine ending.
    let familyBase: String
    /// Whether the member joins after the referral.
    var joining = false
}
