import Domain
import Persistence
import SafeHTML

/// The page behind the cancel link of a confirmation e-mail: the registration's status and the button to cancel.
enum RegistrationPage {
    static func render(
        _ registration: RegistrationRecord,
        _ record: EventRecord,
        token: String,
        page: PageContext
    )
        -> HTML
    {
        let event = record.event
        return Layout.page(
            title: "Mon inscription",
            page: page,
            breadcrumbs: [
                Breadcrumb(label: "Semaine de l'intégration", route: .events(.calendar)),
                Breadcrumb(label: "Mon inscription", route: nil),
            ],
            main: .group(
                .h1(.text("Mon inscription")),
                .p(
                    .text("Événement : "),
                    .a(.href(SiteRoute.events(.publicEvent(record.id)).path), .text(event.title))
                ),
                .p(
                    .text(
                        EventText.when(event.startsAt, event.endsAt, departement: record.departementCode)
                            .capitalizedFirst
                    )
                ),
                .p(.text("Inscription au nom de \(registration.name) : \(registration.status.label.lowercased()).")),
                registration.status == .cancelled
                    ? .p(
                        .text(
                            "Cette inscription est annulée ; vous pouvez vous inscrire à nouveau depuis la page de l'événement."
                        )
                    )
                    : .form(
                        .method(.post),
                        .action(SiteRoute.events(.registrationCancel(token)).path),
                        CSRFField.node(page.csrfToken),
                        .button(.type(.submit), .class("button"), .text("Annuler mon inscription"))
                    )
            )
        )
    }
}
