import Domain
import Persistence
import SafeHTML

/// The page to declare (prefecture) or draft (partner) an event.
enum EventFormPage {
    static func render(editions: [EditionRecord], form: TypedForm, themes: [String], page: PageContext) -> HTML {
        Layout.page(
            title: "Déclarer un événement",
            page: page,
            breadcrumbs: [
                Breadcrumb(label: "Événements", route: .events(.events)),
                Breadcrumb(label: "Déclarer un événement", route: nil),
            ],
            main: .group(
                .h1(.text("Déclarer un événement")),
                .p(
                    .text(
                        page.account?.role == .partenaire
                            ? "L'événement est enregistré en brouillon ; proposez-le ensuite à la préfecture, qui le "
                                + "labellise avant sa publication sur le calendrier public."
                            : "L'événement est enregistré en brouillon ; publiez-le ensuite depuis sa page."
                    )
                ),
                FormField.errorSummary(form.errors),
                EventForm.node(
                    route: .events(.eventCreate),
                    button: "Enregistrer le brouillon",
                    editions: editions,
                    editionLocked: false,
                    form: form,
                    themes: themes,
                    page: page
                )
            )
        )
    }
}
