import Domain
import Testing

@testable import SampleData
@testable import Services

@Suite("Départements")
struct DepartementTests {
    @Test("départements receive households in proportion to their weight")
    func proportions() {
        let deployed = Fixtures.departements.filter { $0.deployedOn <= Fixtures.today }
        let total = Double(deployed.reduce(0) { $0 + $1.weight })
        for departement in deployed {
            let count = Double(Fixtures.sample.filter { $0.departement == departement.code }.count)
            let expected = Double(Fixtures.sample.count) * Double(departement.weight) / total
            #expect(abs(count - expected) <= 0.15 * expected, "\(departement.code): \(count) for \(expected)")
        }
    }

    @Test("proportions hold for a small population too")
    func smallPopulation() {
        let population = SyntheticPopulation(settings: Fixtures.settings(households: 500, seed: 7))
        let codes = (0..<500).map { population.household(at: $0).departement }
        #expect(abs(codes.filter { $0 == "75" }.count - 150) <= 15)
        #expect(abs(codes.filter { $0 == "33" }.count - 50) <= 8)
    }

    @Test("caseworkers: about 30 households in support each, at least one")
    func caseworkers() {
        let population = Fixtures.population
        for departement in ["75", "69", "13", "33", "59"] {
            let inSupport = Fixtures.welcomed.filter { $0.departement == departement && $0.exit == nil }.count
            let caseworkers = population.caseworkerCount(departement: departement)
            let load = Double(inSupport) / Double(caseworkers)
            #expect((20...40).contains(load), "\(departement): \(inSupport) for \(caseworkers)")
        }
        #expect(population.caseworkerCount(departement: "974") == 1)
        let tiny = SyntheticPopulation(settings: Fixtures.settings(households: 3))
        #expect(tiny.caseworkerCount(departement: "75") == 1)
    }

    @Test("referrals grow over time as départements are deployed")
    func growingVolume() {
        let perYear = [2022, 2023, 2024].map { year in Fixtures.sample.filter { $0.referralDate.year == year }.count }
        #expect(perYear[0] < perYear[1] && perYear[1] < perYear[2], "\(perYear)")
    }
}
