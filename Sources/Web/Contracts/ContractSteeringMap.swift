import Domain
import SafeHTML
import Services

/// The map of the territory's départements shaded by the number of contracts in force, with the same figures as
/// a table (counts of contracts identify no one: nothing is hidden).
enum ContractSteeringMap {
    static func node(_ steering: ContractSteering) -> Node<HTML.BodyContext> {
        let codes = steering.departementNames.keys.filter { code in
            switch steering.scope {
            case .nation: true
            case .region: steering.parts.contains { $0.code == code }
            case .departement(let own): code == own
            }
        }.sorted()
        var values: [String: ChoroplethMap.Value] = [:]
        var links: [String: String] = [:]
        for code in codes {
            values[code] = .number(Double(steering.inForceByDepartement[code] ?? 0))
            links[code] = SiteRoute.contractSteeringDepartement(code).path
        }
        let map = ChoroplethMap(
            title: "Contrats en vigueur par département",
            description: "Carte des départements colorés selon le nombre de contrats territoriaux en vigueur au "
                + "\(ContractText.day(steering.day)) ; les départements sans contrat sont dans la classe la plus claire. "
                + "Le tableau qui suit la carte donne les mêmes valeurs.",
            unit: "contrats",
            values: values,
            format: { FrenchNumber.grouped(Int($0)) },
            links: links
        )
        return .section(
            .attribute(named: "aria-labelledby", value: "carte"),
            .h2(.id("carte"), .text("Carte des territoires sous contrat")),
            .div(.class("map-frame"), map.svg(idPrefix: "carte")),
            .div(.class("map-legend"), map.legend()),
            .element(
                named: "details",
                nodes: [
                    .element(named: "summary", text: "Les valeurs de la carte en tableau"),
                    DataTable.node(
                        caption: "Contrats en vigueur par département",
                        columns: ["Département", "Contrats en vigueur"],
                        rows: codes.map { code in
                            [
                                DataTable.header("\(steering.departementNames[code] ?? code) (\(code))"),
                                .td(
                                    .class("numeric"),
                                    .text(FrenchNumber.grouped(steering.inForceByDepartement[code] ?? 0))
                                ),
                            ]
                        }
                    ),
                ]
            )
        )
    }
}
