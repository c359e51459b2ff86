/// Weighted tables describing the pace of support.
enum SupportTables {
    /// Days from referral to welcome interview (3 to 40, median about 12).
    static let welcomeDelay = WeightedTable<ClosedRange<Int>>([
        (3...7, 20), (8...12, 32), (13...20, 28), (21...30, 14), (31...40, 6),
    ])
    /// Days from welcome interview to commitment contract (0 to 45, mostly within 30).
    static let contractDelay = WeightedTable<ClosedRange<Int>>([
        (0...0, 25), (1...14, 35), (15...30, 28), (31...45, 12),
    ])
    /// How support ends, once it ends.
    static let exitReasons = WeightedTable<String>([
        ("objectives_reached", 35), ("maximum_duration_reached", 47), ("moved", 8), ("left_programme", 7),
        ("other", 3),
    ])
    /// Why a referral is declined.
    static let declineReasons = WeightedTable<String>([
        ("Le ménage a refusé l'accompagnement", 35),
        ("Ménage déjà accompagné par un autre dispositif", 25),
        ("Adresse hors du département", 15),
        ("Ménage injoignable après plusieurs relances", 15),
        ("Orientation en doublon", 5),
        ("Ménage ne relevant pas du public du programme", 5),
    ])
}
