import Domain
import Persistence
import Services

/// A small hand-made data set whose indicators are worked out by hand in the tests (today: 27 November 2026).
/// Rhône (69): H1 to H5; Ain (01): H6. Period "2026" = 1 January to 27 November 2026.
enum IndicatorFixture {
    struct Household {
        let id: String
        let departement: String
        let referral: String
        let welcome: String?
        let contract: String?
        let contractDue: String?
        let births: [Int]
        let exit: (date: String, reason: String, housing: String, activity: String)?
        let franceTravail: [(member: Int, date: String)]
    }

    static let households: [Household] = [
        // Welcomed 10 days after referral; contract on 5 February, due 8 February (within a month); in support;
        // two adults and a child; the first adult registered with France Travail on 1 March.
        .init(
            id: "H1",
            departement: "69",
            referral: "2026-01-10",
            welcome: "2026-01-20",
            contract: "2026-02-05",
            contractDue: "2026-02-08",
            births: [1990, 1992, 2015],
            exit: nil,
            franceTravail: [(0, "2026-03-01")]
        ),
        // Welcomed after 10 days; contract late (20 March, due 15 February); left on 1 October with a social lease
        // and a CDI: both sustainable.
        .init(
            id: "H2",
            departement: "69",
            referral: "2026-02-01",
            welcome: "2026-02-11",
            contract: "2026-03-20",
            contractDue: "2026-02-15",
            births: [1985],
            exit: ("2026-10-01", "objectives_reached", "social_rental_lease", "cdi"),
            franceTravail: []
        ),
        // Welcomed after 30 days; left on 1 November (moved) in a hotel with a 3-month CDD: neither sustainable.
        .init(
            id: "H3",
            departement: "69",
            referral: "2026-03-01",
            welcome: "2026-03-31",
            contract: nil,
            contractDue: "2026-04-10",
            births: [1988, 1991],
            exit: ("2026-11-01", "moved", "hotel", "cdd:3"),
            franceTravail: []
        ),
        // Referred in 2025, welcomed on 4 January 2026 after 20 days; in support; registered on 1 February.
        .init(
            id: "H4",
            departement: "69",
            referral: "2025-12-15",
            welcome: "2026-01-04",
            contract: nil,
            contractDue: "2026-01-12",
            births: [1979],
            exit: nil,
            franceTravail: [(0, "2026-02-01")]
        ),
        // Referred on 1 June, not welcomed yet.
        .init(
            id: "H5",
            departement: "69",
            referral: "2026-06-01",
            welcome: nil,
            contract: nil,
            contractDue: nil,
            births: [1995],
            exit: nil,
            franceTravail: []
        ),
        // Ain: referred on 1 April, welcomed after 4 days, in support.
        .init(
            id: "H6",
            departement: "01",
            referral: "2026-04-01",
            welcome: "2026-04-05",
            contract: nil,
            contractDue: nil,
            births: [1993],
            exit: nil,
            franceTravail: []
        ),
    ]

    /// Writes the data set, with an operator and a caseworker per département.
    static func load(_ environment: ServiceEnvironment) async throws {
        var rows = SeedRows()
        let created = "2026-01-01T08:00:00Z"
        for code in ["69", "01"] {
            rows.organisations.append([
                .text("op\(code)"), .text("Opérateur \(code)"), .text("operateur_agir"), .null, .null, .text(code),
                .boolean(true), .text(created),
            ])
            rows.accounts.append([
                .text("cw\(code)"), .text("op\(code)"), .text("cw\(code)@exemple.fr"), .text("Référent \(code)"),
                .text("referent"), .text("dep:\(code)"), .text("x"), .boolean(true), .text(created),
            ])
        }
        for household in households {
            let stage = household.exit != nil ? "sortie" : household.welcome != nil ? "accompagnement" : "orientation"
            rows.households.append([
                .text(household.id), .text(household.departement), .null, .text("op\(household.departement)"),
                .text("cw\(household.departement)"), .text(stage), .text(created), .optional(household.welcome),
                .optional(household.welcome), .optional(household.contract), .text(household.id.lowercased()),
                .optional(household.contractDue), .text(household.referral), .optional(household.exit?.date),
                .optional(
                    household.welcome.flatMap(CalendarDay.init(iso:)).flatMap { welcome in
                        CalendarDay(iso: household.referral).map { welcome.daysSinceEpoch - $0.daysSinceEpoch }
                    }
                ),
            ])
            for (index, year) in household.births.enumerated() {
                let registered = household.franceTravail.first { $0.member == index }?.date
                rows.persons.append([
                    .text("\(household.id)-\(index)"), .text(household.id), .boolean(index == 0),
                    .text("PERSONNE \(household.id) \(index)"), .text(""), .integer(year), .null, .null, .text("F"),
                    .text("AF"), .null, .null, .null, .null, .null, .boolean(false), .null, .null, .text(created),
                    .optional(registered),
                ])
            }
            rows.referrals.append([
                .text("R\(household.id)"), .text(household.id), .text("op\(household.departement)"),
                .text("cw\(household.departement)"), .text("op\(household.departement)"), .text(household.referral),
                .boolean(false), .boolean(true), .text("protection"), .text("[]"), .text("acceptee"), .null, .null,
                .null, .text(created),
            ])
            if let exit = household.exit {
                rows.exits.append([
                    .text(household.id), .text(exit.date), .text(exit.reason), .text(exit.housing),
                    .text(exit.activity),
                    .boolean(false), .text("cw\(household.departement)"), .text(created),
                ])
            }
            for (offset, registration) in household.franceTravail.enumerated() {
                rows.milestones.append([
                    .text("M\(household.id)-\(offset)"), .text(household.id),
                    .text("\(household.id)-\(registration.member)"), .text(registration.date), .text("right"),
                    .text("france_travail"), .text("cw\(household.departement)"), .text(created),
                ])
            }
        }
        try await environment.database.write { try await SeedWriter.write(rows, in: $0) }
    }
}
