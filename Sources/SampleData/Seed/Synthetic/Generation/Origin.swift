/// A nationality of the population, with the names and protection statuses that go with it.
struct Origin: Sendable {
    /// ISO 3166 alpha-2 code.
    let nationality: String
    /// Name groups in use, with weights (Côte d'Ivoire mixes Akan and Malinke names).
    let names: WeightedTable<NameGroup>
    /// Whether French is widely spoken there, which changes language needs and A1 rates.
    let francophone: Bool
    /// refugee, subsidiary and stateless, weighted.
    let protections: WeightedTable<String>

    /// Creates an origin with per-mille protection weights (refugee, subsidiary, stateless).
    init(_ nationality: String, _ group: NameGroup, francophone: Bool = false, protection: (Int, Int, Int)) {
        self.init(nationality, names: WeightedTable([(group, 1)]), francophone: francophone, protection: protection)
    }

    /// Creates an origin mixing several name groups.
    init(_ nationality: String, names: WeightedTable<NameGroup>, francophone: Bool, protection: (Int, Int, Int)) {
        self.nationality = nationality
        self.names = names
        self.francophone = francophone
        protections = WeightedTable([
            ("refugee", protection.0), ("subsidiary", protection.1), ("stateless", protection.2),
        ])
    }
}
