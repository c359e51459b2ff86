import Domain
import Persistence
import SafeHTML
import Services

/// The tables of a shared territorial diagnosis as people without named access see them: counts under 5 hidden
/// ("< 5"), and what would reveal them hidden too.
enum DiagnosisView {
    static func node(_ diagnosis: TerritoryDiagnosis, caption: String) -> Node<HTML.BodyContext> {
        let published = diagnosis.published
        let rows = TerritoryDiagnosis.LanguageRow.allCases
        let columns = TerritoryDiagnosis.CIRColumn.allCases
        return .group(
            DataTable.node(
                caption: "\(caption) – ménages accompagnés par AGIR",
                columns: ["Ménages", "Nombre"],
                rows: [
                    [
                        DataTable.header("Habitant un quartier prioritaire du territoire"),
                        count(published.households.inQPV),
                    ],
                    [
                        DataTable.header("Hors quartier prioritaire ou non renseigné"),
                        count(published.households.outside),
                    ],
                    [DataTable.header("Total"), count(published.households.total)],
                ]
            ),
            .div(
                .class("table-scroll"),
                DataTable.node(
                    caption:
                        "\(caption) – personnes accompagnées, par situation linguistique et contrat d'intégration républicaine",
                    columns: ["Situation linguistique"] + columns.map(\.label) + ["Total"],
                    rows: rows.map { row in
                        countRow(
                            row.label,
                            published.persons.cells[row.rawValue],
                            published.persons.rowTotals[row.rawValue]
                        )
                    } + [countRow("Total", published.persons.columnTotals, published.persons.grandTotal)]
                )
            ),
            DataTable.node(
                caption: "\(caption) – personnes accompagnées habitant un quartier prioritaire",
                columns: ["Personnes", "Nombre"],
                rows: [
                    [DataTable.header("En quartier prioritaire"), count(published.personsQPV.inQPV)],
                    [
                        DataTable.header("Hors quartier prioritaire ou non renseigné"),
                        count(published.personsQPV.outside),
                    ],
                ]
            ),
            DataTable.node(
                caption: "\(caption) – offre de formation linguistique du territoire",
                columns: ["Formations non terminées", "Places", "dont en quartier prioritaire", "Places libres"],
                rows: [
                    [
                        number(diagnosis.courses), number(diagnosis.seats), number(diagnosis.seatsInQPV),
                        number(diagnosis.seatsFree),
                    ]
                ]
            ),
            DataTable.node(
                caption: "\(caption) – sorties d'AGIR du \(ContractText.day(diagnosis.exitsFrom)) au "
                    + ContractText.day(diagnosis.day),
                columns: ["Sorties", "Nombre ou part"],
                rows: [
                    [
                        DataTable.header("Sorties positives (logement et emploi ou formation durables)"),
                        count(published.exits.positive),
                    ],
                    [DataTable.header("Autres sorties"), count(published.exits.other)],
                    [DataTable.header("Total des sorties"), count(published.exits.total)],
                    [
                        DataTable.header("Part avec un logement durable"),
                        text(ContractText.rate(published.housingRate)),
                    ],
                    [
                        DataTable.header("Part avec un emploi ou une formation durables"),
                        text(ContractText.rate(published.activityRate)),
                    ],
                ]
            )
        )
    }

    /// A row of published counts with its header and its total.
    static func countRow(
        _ label: String,
        _ cells: [PublishedCount],
        _ total: PublishedCount
    )
        -> [Node<HTML.TableRowContext>]
    {
        let counts: [Node<HTML.TableRowContext>] = cells.map { count($0) }
        return [DataTable.header(label)] + counts + [count(total)]
    }

    static func count(_ value: PublishedCount) -> Node<HTML.TableRowContext> {
        .td(.class("numeric"), .text(ContractText.published(value)))
    }

    static func number(_ value: Int) -> Node<HTML.TableRowContext> {
        .td(.class("numeric"), .text(FrenchNumber.grouped(value)))
    }

    static func text(_ value: String) -> Node<HTML.TableRowContext> { .td(.class("numeric"), .text(value)) }

    /// What the diagnosis counts, in two sentences.
    static let explanation =
        "Calculé à partir des données de Parcours pour les communes du contrat : ménages et personnes en "
        + "accompagnement AGIR ce jour-là, niveau de français (A2 dans les quatre compétences, niveau d'une première "
        + "carte pluriannuelle) et place en formation, signature du CIR, quartier prioritaire de résidence, formations "
        + "linguistiques non terminées (places libres au moment du calcul) et sorties des douze mois précédents. "
        + "Les effectifs de moins de 5 personnes sont masqués, ainsi que ceux qui permettraient de les retrouver."
}
