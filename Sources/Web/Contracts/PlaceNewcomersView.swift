import Domain
import Persistence
import SafeHTML

/// The newcomers in support living in a place, as people without named access see them.
enum PlaceNewcomersView {
    static func node(_ newcomers: PlaceNewcomers, caption: String) -> Node<HTML.BodyContext> {
        let households = SmallCountSuppression.apply(list: [newcomers.households]).total
        let persons = SmallCountSuppression.apply(CountTable(cells: newcomers.persons))
        let rows = ["Adultes", "Mineurs"]
        return .group(
            .p(.text("Ménages en accompagnement AGIR : \(ContractText.published(households)).")),
            DataTable.node(
                caption: caption,
                columns: ["Personnes", "CIR signé", "Sans CIR enregistré", "Total"],
                rows: rows.indices.map { row in
                    DiagnosisView.countRow(rows[row], persons.cells[row], persons.rowTotals[row])
                } + [DiagnosisView.countRow("Total", persons.columnTotals, persons.grandTotal)]
            ),
            .p(
                .class("hint"),
                .text(
                    "Personnes des ménages en accompagnement ce jour. Les effectifs de moins de 5 personnes sont masqués, "
                        + "ainsi que ceux qui permettraient de les retrouver."
                )
            )
        )
    }
}
