import Domain

@testable import SampleData
@testable import Services

/// Shared settings and a lazily generated sample, so that tests running in parallel generate it once.
enum Fixtures {
    static let today = day(2025, 6, 30)

    static let departements = [
        DepartementWeight(
            code: "75",
            weight: 30,
            deployedOn: day(2022, 3, 1),
            communes: ["Paris 18e", "Paris 19e", "Paris 20e", "Paris 13e"]
        ),
        DepartementWeight(
            code: "69",
            weight: 20,
            deployedOn: day(2022, 9, 1),
            communes: ["Lyon", "Villeurbanne", "Vénissieux", "Vaulx-en-Velin"]
        ),
        DepartementWeight(
            code: "13",
            weight: 25,
            deployedOn: day(2023, 1, 2),
            communes: ["Marseille", "Aix-en-Provence", "Aubagne"]
        ),
        DepartementWeight(code: "33", weight: 10, deployedOn: day(2023, 5, 15), communes: ["Bordeaux", "Mérignac"]),
        DepartementWeight(code: "59", weight: 15, deployedOn: day(2024, 2, 1), communes: []),
        // Deployed after `today`: must receive no household.
        DepartementWeight(code: "974", weight: 5, deployedOn: day(2026, 1, 1), communes: ["Saint-Denis"]),
    ]

    static func settings(households: Int, seed: UInt64 = 2_024) -> PopulationSettings {
        PopulationSettings(households: households, departements: departements, today: today, seed: seed)
    }

    static let population = SyntheticPopulation(settings: settings(households: 20_000))

    /// 20 000 households of the default population.
    static let sample: [SyntheticHousehold] = (0..<20_000).map(population.household(at:))

    /// The welcomed households of the sample.
    static let welcomed: [SyntheticHousehold] = sample.filter { $0.welcome != nil }

    static func day(_ year: Int, _ month: Int, _ day: Int) -> CalendarDay {
        CalendarDay(year: year, month: month, day: day)!
    }

    static func share<T>(_ items: [T], where predicate: (T) -> Bool) -> Double {
        Double(items.filter(predicate).count) / Double(items.count)
    }

    static func mean<T>(_ items: [T], _ value: (T) -> Double) -> Double {
        items.reduce(0) { $0 + value($1) } / Double(items.count)
    }
}
