import Domain
import Persistence
import SafeHTML
import Services

/// The contacts section of a household file: the recent contacts, the older ones on demand, and the form.
extension HouseholdSupportSections {
    static func contacts(
        _ file: HouseholdService.File,
        today: CalendarDay,
        state: FormState,
        page: PageContext
    ) -> Node<HTML.BodyContext> {
        .section(
            .attribute(named: "aria-labelledby", value: "entretiens"),
            .h2(.id("entretiens"), .text("Entretiens")),
            file.contacts.isEmpty
                ? EmptyState.node("Aucun entretien enregistré.")
                : contactTable(
                    Array(file.contacts.prefix(Self.contactsShown)),
                    caption: "Derniers entretiens, du plus récent au plus ancien",
                    file: file
                ),
            .if(
                file.contacts.count > Self.contactsShown,
                .element(
                    named: "details",
                    nodes: [
                        .element(
                            named: "summary",
                            text: "Entretiens plus anciens (\(file.contacts.count - Self.contactsShown))"
                        ),
                        contactTable(
                            Array(file.contacts.dropFirst(Self.contactsShown)),
                            caption: "Entretiens plus anciens",
                            file: file
                        ),
                    ]
                )
            ),
            .if(
                state.canWrite && file.milestones.welcomeInterview != nil,
                state.disclosure(
                    "Ajouter un entretien",
                    .householdContact(file.household.id),
                    .form(
                        .method(.post),
                        .action(SiteRoute.householdContact(file.household.id).path),
                        .novalidate(),
                        CSRFField.node(page.csrfToken),
                        FormField.input(
                            name: "contactDate",
                            label: "Date",
                            type: .date,
                            value: state.value("contactDate", today.iso),
                            errors: state.errors,
                            required: true
                        ),
                        FormField.select(
                            name: "contactMode",
                            label: "Mode",
                            options: ContactMode.allCases.map { ($0.rawValue, $0.label) },
                            selected: state.value("contactMode"),
                            errors: state.errors
                        ),
                        FormField.input(
                            name: "contactMinutes",
                            label: "Durée en minutes",
                            value: state.value("contactMinutes", "45"),
                            errors: state.errors,
                            extra: [("inputmode", "numeric")]
                        ),
                        FormField.input(
                            name: "contactAttendees",
                            label: "Participants (facultatif)",
                            value: state.value("contactAttendees"),
                            errors: state.errors
                        ),
                        FormField.input(
                            name: "contactNote",
                            label: "Note courte (facultatif)",
                            value: state.value("contactNote"),
                            hint:
                                "\(CaseworkInputs.maximumNoteLength) caractères au plus. Jamais de récit d'asile ni d'information de santé.",
                            errors: state.errors
                        ),
                        .button(.type(.submit), .class("button"), .text("Ajouter l'entretien"))
                    )
                )
            )
        )
    }

    /// The contacts shown before the older ones are asked for.
    static let contactsShown = 3

    /// A table of contacts, each date linked to its page, a corrected note marked as such.
    static func contactTable(
        _ contacts: [ContactRecord],
        caption: String,
        file: HouseholdService.File
    ) -> Node<HTML.BodyContext> {
        DataTable.node(
            caption: caption,
            columns: ["Date", "Entretien", "Note", "Par"],
            rows: contacts.map { contact in
                [
                    .th(
                        .attribute(named: "scope", value: "row"),
                        .a(.href(SiteRoute.casefile(.contact(contact.id)).path), .text(contact.day.french))
                    ),
                    DataTable.cell(
                        "\(ContactMode(rawValue: contact.mode)?.label ?? contact.mode), \(contact.minutes) min"
                            + (contact.attendees.isEmpty ? "" : " – \(contact.attendees)")
                    ),
                    .td(
                        .text(contact.note.ifEmpty("–")),
                        .unwrap(ContactPage.correction(contact, departement: file.household.departement)) {
                            .span(.class("hint"), .text(" (\($0.lowercasedFirst))"))
                        }
                    ),
                    DataTable.cell(contact.author),
                ]
            }
        )
    }
}
