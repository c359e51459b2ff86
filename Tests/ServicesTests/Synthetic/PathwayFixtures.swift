import Domain

@testable import SampleData
@testable import Services

/// A population seen on 1 October 2026, with each adult's pathway and course enrolments, generated once.
enum PathwayFixtures {
    static let today = Fixtures.day(2026, 10, 1)
    static let households = 6_000

    /// What the generator produced for one population, in household order.
    struct Generated: Equatable {
        /// The households.
        var households: [SyntheticHousehold] = []
        /// The pathways of each household's adults.
        var pathways: [[SyntheticPathway]] = []
        /// The enrolments of each household's adults, by member.
        var enrolments: [[(member: Int, enrolment: SyntheticEnrolment)]] = []
        /// The catalogues at the end, by département.
        var catalogues: [String: CourseCatalogue] = [:]

        /// Equal when households, pathways, enrolments and courses are.
        static func == (lhs: Generated, rhs: Generated) -> Bool {
            lhs.households == rhs.households && lhs.pathways == rhs.pathways
                && lhs.enrolments.map { $0.map(\.enrolment) } == rhs.enrolments.map { $0.map(\.enrolment) }
                && lhs.catalogues.mapValues(\.courses) == rhs.catalogues.mapValues(\.courses)
        }
    }

    /// Generates `count` households seen on `today` and their pathways, with fresh catalogues.
    static func generate(count: Int = households, seed: UInt64 = 2_024) -> Generated {
        let population = SyntheticPopulation(
            settings: PopulationSettings(
                households: count,
                departements: Fixtures.departements,
                today: today,
                seed: seed
            )
        )
        let factory = PathwayFactory(seed: seed, today: today)
        var generated = Generated()
        for departement in Fixtures.departements {
            generated.catalogues[departement.code] = CourseCatalogue(
                departement: departement.code,
                providers: 2,
                communes: departement.communes,
                qpv: departement.communes.first.map { [$0: ["QN075001"]] } ?? [:],
                today: today,
                seed: seed
            )
        }
        for index in 0..<count {
            let household = population.household(at: index)
            let pathways = factory.pathways(of: household)
            var enrolments: [(member: Int, enrolment: SyntheticEnrolment)] = []
            for pathway in pathways {
                let got = generated.catalogues[household.departement]!.enrol(pathway)
                enrolments += got.map { (pathway.memberIndex, $0) }
            }
            generated.households.append(household)
            generated.pathways.append(pathways)
            generated.enrolments.append(enrolments)
        }
        return generated
    }

    /// The default population, generated once for every test.
    static let sample = generate()

    /// Every adult's pathway.
    static let pathways: [SyntheticPathway] = sample.pathways.flatMap { $0 }
}
