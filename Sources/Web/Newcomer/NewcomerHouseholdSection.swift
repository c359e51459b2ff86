import Domain
import Persistence
import SafeHTML
import Services

/// The household file's section on personal spaces: each member's access with a link to manage it and read their
/// messages, and the documents to bring to each appointment to come.
struct NewcomerHouseholdSection: Sendable {
    let members: [MemberSpace]
    let documents: [String: [DocumentToBring]]

    /// Reads the section for an agent who opened the file.
    static func load(
        householdID: String,
        appointments: [AppointmentRecord],
        actor: AccountSummary,
        environment: ServiceEnvironment
    ) async throws -> NewcomerHouseholdSection {
        let service = NewcomerAccessService(environment: environment)
        return NewcomerHouseholdSection(
            members: try await service.members(householdID: householdID, actor: actor),
            documents: try await service.documents(
                householdID: householdID,
                appointmentIDs: appointments.map(\.id),
                actor: actor
            )
        )
    }

    static func node(
        _ section: NewcomerHouseholdSection?,
        appointments: [AppointmentRecord],
        canWrite: Bool,
        page: PageContext
    ) -> Node<HTML.BodyContext> {
        guard let section, !section.members.isEmpty else { return .empty }
        return .section(
            .attribute(named: "aria-labelledby", value: "espaces-personnels"),
            .h2(.id("espaces-personnels"), .text("Espaces personnels et messages")),
            .element(
                named: "details",
                nodes: [
                    .element(named: "summary", text: spacesSummary(section)),
                    spacesTable(section),
                ]
            ),
            .if(
                !appointments.isEmpty,
                .element(
                    named: "details",
                    nodes: [
                        .element(named: "summary", text: "Documents à apporter aux rendez-vous"),
                        .p(.class("hint"), .text("La personne les voit dans sa langue, avec le rendez-vous.")),
                        .forEach(appointments) {
                            documentsForm($0, chosen: section.documents[$0.id] ?? [], canWrite: canWrite, page: page)
                        },
                    ]
                )
            )
        )
    }

    /// "Espace personnel de chaque membre : 1 actif sur 2 adultes, 3 messages non lus".
    static func spacesSummary(_ section: NewcomerHouseholdSection) -> String {
        let adults = section.members.filter(\.adult)
        let active = adults.filter {
            if case .active = $0.access { return true }
            return false
        }.count
        let unread = section.members.reduce(0) { $0 + $1.unreadMessages }
        return "Espace personnel de chaque membre : \(active) actif\(active > 1 ? "s" : "") sur "
            + FrenchNumber.count(adults.count, "adulte")
            + (unread > 0 ? ", " + FrenchNumber.count(unread, "message") + " non lu" + (unread > 1 ? "s" : "") : "")
    }

    /// Each member's space, unread messages and the link to manage them.
    static func spacesTable(_ section: NewcomerHouseholdSection) -> Node<HTML.BodyContext> {
        DataTable.node(
            caption: "Espace personnel de chaque membre",
            columns: ["Membre", "Accès", "Messages non lus", "Gérer"],
            rows: section.members.map { member in
                [
                    DataTable.header(member.name),
                    DataTable.cell(member.adult ? AgentSpacePages.state(member.access) : "Mineur : pas d'espace"),
                    DataTable.cell(member.unreadMessages == 0 ? "Aucun" : String(member.unreadMessages)),
                    .td(
                        .if(
                            member.adult,
                            .a(
                                .href(SiteRoute.newcomerAccess(member.personID).path),
                                .attribute(
                                    named: "aria-label",
                                    value: "Espace personnel et messages de \(member.name)"
                                ),
                                .text("Espace et messages")
                            )
                        )
                    ),
                ]
            }
        )
    }

    private static func documentsForm(
        _ appointment: AppointmentRecord,
        chosen: [DocumentToBring],
        canWrite: Bool,
        page: PageContext
    ) -> Node<HTML.BodyContext> {
        let title = "\(appointment.startsAt.day.french) à \(appointment.startsAt.frenchTime) – \(appointment.place)"
        guard canWrite else {
            return .p(
                .text(
                    title + " : "
                        + (chosen.isEmpty ? "aucun document demandé" : chosen.map(\.label).joined(separator: ", "))
                )
            )
        }
        return .form(
            .method(.post),
            .action(SiteRoute.appointmentDocuments(appointment.id).path),
            CSRFField.node(page.csrfToken),
            .fieldset(
                .class("documents"),
                .element(named: "legend", text: title),
                .forEach(DocumentToBring.allCases) { document in
                    let id = "doc-\(appointment.id)-\(document.rawValue)"
                    var attributes: [(StaticString, String?)] = [
                        ("type", "checkbox"), ("id", id), ("name", "documents"), ("value", document.rawValue),
                    ]
                    if chosen.contains(document) { attributes.append(("checked", nil)) }
                    return .div(
                        .class("field-checkbox"),
                        RawElement.input(attributes),
                        .label(.for(id), .text(document.label))
                    )
                }
            ),
            .button(
                .type(.submit),
                .class("button button-secondary"),
                .text("Enregistrer les documents de ce rendez-vous")
            )
        )
    }
}
