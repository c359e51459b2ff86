import Domain
import SafeHTML
import Services

/// The diagnosis section of a household file: one fieldset per domain, the health section for the caseworker only.
enum DiagnosisSection {
    static func node(
        _ file: HouseholdService.File,
        state: HouseholdSupportSections.FormState,
        page: PageContext
    )
        -> Node<HTML.BodyContext>
    {
        let entries = Dictionary(uniqueKeysWithValues: file.diagnosis.map { ($0.domain, $0) })
        let domains = DiagnosisDomain.allCases.filter { file.seesRestricted || !$0.isRestricted }
        let editable = state.canWrite && file.milestones.welcomeInterview != nil
        return .section(
            .attribute(named: "aria-labelledby", value: "diagnostic"),
            .h2(.id("diagnostic"), .text("Diagnostic")),
            .if(
                !file.seesRestricted,
                .p(.class("hint"), .text("La section santé n'est visible que du référent du ménage."))
            ),
            file.diagnosis.isEmpty
                ? EmptyState.node("Aucun diagnostic enregistré.")
                : .element(
                    named: "details",
                    nodes: [
                        .element(named: "summary", text: needs(file.diagnosis)),
                        DataTable.node(
                            caption: "Diagnostic par domaine",
                            columns: ["Domaine", "Besoin", "Situation", "Note"],
                            rows: file.diagnosis.map {
                                [
                                    DataTable.header($0.domain.label), DataTable.cell($0.need.label),
                                    DataTable.cell($0.situation.ifEmpty("–")), DataTable.cell($0.note.ifEmpty("–")),
                                ]
                            }
                        ),
                    ]
                ),
            .if(
                editable,
                state.disclosure(
                    file.diagnosis.isEmpty ? "Faire le diagnostic" : "Modifier le diagnostic",
                    .householdDiagnosis(file.household.id),
                    form(file, domains: domains, entries: entries, state: state, page: page)
                )
            )
        )
    }

    private static func form(
        _ file: HouseholdService.File,
        domains: [DiagnosisDomain],
        entries: [DiagnosisDomain: DiagnosisEntry],
        state: HouseholdSupportSections.FormState,
        page: PageContext
    ) -> Node<HTML.BodyContext> {
        .form(
            .method(.post),
            .action(SiteRoute.householdDiagnosis(file.household.id).path),
            .novalidate(),
            CSRFField.node(page.csrfToken),
            .p(
                .class("hint"),
                .text(
                    "Quelques mots par domaine (\(DiagnosisEntry.maximumLength) caractères au plus). Jamais de récit d'asile."
                )
            ),
            .forEach(domains) { domain in
                let entry = entries[domain]
                return .fieldset(
                    .element(
                        named: "legend",
                        text: domain.isRestricted ? "\(domain.label) (section restreinte)" : domain.label
                    ),
                    FormField.select(
                        name: "besoin-\(domain.rawValue)",
                        label: "Niveau de besoin",
                        options: NeedLevel.allCases.map { ($0.rawValue, $0.label) },
                        selected: state.value("besoin-\(domain.rawValue)", entry?.need.rawValue ?? ""),
                        placeholder: "— Non évalué —",
                        errors: state.errors
                    ),
                    FormField.input(
                        name: "situation-\(domain.rawValue)",
                        label: "Situation",
                        value: state.value("situation-\(domain.rawValue)", entry?.situation ?? ""),
                        errors: state.errors
                    ),
                    FormField.input(
                        name: "note-\(domain.rawValue)",
                        label: "Note",
                        value: state.value("note-\(domain.rawValue)", entry?.note ?? ""),
                        errors: state.errors
                    )
                )
            },
            .button(.type(.submit), .class("button"), .text("Enregistrer le diagnostic"))
        )
    }

    /// "Besoins : Logement (fort), Emploi (moyen) – détail des 8 domaines", the diagnosis in one line.
    static func needs(_ entries: [DiagnosisEntry]) -> String {
        let named = entries.filter { $0.need != .none }.map { "\($0.domain.label) (\($0.need.label.lowercased()))" }
        return (named.isEmpty ? "Aucun besoin relevé" : "Besoins : " + named.joined(separator: ", "))
            + " – détail des \(FrenchNumber.count(entries.count, "domaine"))"
    }
}
