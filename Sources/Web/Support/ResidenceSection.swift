import Domain
import Persistence
import SafeHTML
import Services

/// The priority neighbourhood (QPV) the household lives in: shown to whoever opens the file, with the form to set
/// it among the QPV of the household's commune for those who may write.
enum ResidenceSection {
    static func node(
        _ file: HouseholdService.File,
        state: HouseholdSupportSections.FormState,
        page: PageContext
    ) -> Node<HTML.BodyContext> {
        guard let residence = state.residence, !residence.options.isEmpty || residence.qpv != nil else { return .empty }
        let current = residence.options.first { $0.code == residence.qpv }
        return .section(
            .attribute(named: "aria-labelledby", value: "quartier"),
            .h2(.id("quartier"), .text("Quartier prioritaire de résidence")),
            .p(
                .text(
                    current.map { "Le ménage habite le quartier prioritaire \($0.name) (\($0.code))." }
                        ?? "Aucun quartier prioritaire indiqué : le ménage n'y habite pas, ou ce n'est pas connu."
                )
            ),
            .if(
                state.canWrite,
                state.disclosure(
                    "Indiquer le quartier prioritaire",
                    .householdResidence(file.household.id),
                    .form(
                        .method(.post),
                        .action(SiteRoute.householdResidence(file.household.id).path),
                        .novalidate(),
                        CSRFField.node(page.csrfToken),
                        FormField.select(
                            name: "residenceQPV",
                            label: "Quartier prioritaire de la commune où habite le ménage",
                            options: residence.options.map { ($0.code, "\($0.name) (\($0.code))") },
                            selected: state.value("residenceQPV", residence.qpv ?? ""),
                            placeholder: "— Hors quartier prioritaire ou non connu —",
                            hint: "Il sert aux diagnostics des contrats territoriaux et à la page de chaque quartier "
                                + "(effectifs seulement, jamais de nom).",
                            errors: state.errors
                        ),
                        .button(.type(.submit), .class("button button-secondary"), .text("Enregistrer le quartier"))
                    )
                )
            )
        )
    }
}
