import Domain
import Foundation
import Persistence
import SafeHTML
import Services

/// One contact of a household file: its note, the previous texts of a corrected note, and the correction form for its
/// author or a manager.
enum ContactPage {
    static func view(
        _ model: CaseworkService.ContactPage,
        errors: FieldErrors = FieldErrors(),
        typed: [String: String] = [:],
        conflict: String? = nil,
        page: PageContext
    ) -> HTML {
        let contact = model.contact
        let departement = model.household.departement
        let title = "Entretien du \(contact.day.french)"
        return Layout.page(
            title: title,
            page: page,
            breadcrumbs: [
                Breadcrumb(label: "Accueil", route: .home), Breadcrumb(label: "Ménages", route: .households),
                Breadcrumb(label: model.household.referenceNames, route: .household(model.household.id)),
                Breadcrumb(label: "Entretien", route: nil),
            ],
            main: .group(
                .h1(.text(title)),
                .unwrap(conflict) { FlashBanner.node(Flash(.error, $0)) },
                .dl(
                    .class("summary-list"),
                    .dt(.text("Ménage")),
                    .dd(.a(.href(SiteRoute.household(model.household.id).path), .text(model.household.referenceNames))),
                    .dt(.text("Mode")),
                    .dd(.text(ContactMode(rawValue: contact.mode)?.label ?? contact.mode)),
                    .dt(.text("Durée")),
                    .dd(.text("\(contact.minutes) min")),
                    .dt(.text("Participants")),
                    .dd(.text(contact.attendees.ifEmpty("–"))),
                    .dt(.text("Par")),
                    .dd(.text(contact.author)),
                    .dt(.text("Note")),
                    .dd(
                        .text(contact.note.ifEmpty("–")),
                        .unwrap(correction(contact, departement: departement)) {
                            .p(.class("hint"), .text($0))
                        }
                    )
                ),
                versions(model.versions, departement: departement),
                .if(
                    model.canCorrect,
                    .section(
                        .attribute(named: "aria-labelledby", value: "corriger"),
                        .h2(.id("corriger"), .text("Corriger la note")),
                        .p(
                            .text(
                                "Le texte actuel est conservé dans les versions précédentes, avec son auteur et sa date."
                            )
                        ),
                        FormField.errorSummary(errors),
                        .form(
                            .method(.post),
                            .action(SiteRoute.casefile(.contactCorrect(contact.id)).path),
                            .novalidate(),
                            CSRFField.node(page.csrfToken),
                            .input(.type(.hidden), .name("revision"), .value(String(contact.revision))),
                            FormField.textArea(
                                name: "contactNote",
                                label: "Note corrigée",
                                value: typed["contactNote"] ?? contact.note,
                                hint:
                                    "\(CaseworkInputs.maximumNoteLength) caractères au plus. Jamais de récit d'asile ni d'information de santé.",
                                errors: errors
                            ),
                            .button(.type(.submit), .class("button"), .text("Enregistrer la correction"))
                        )
                    )
                ),
                .p(
                    .a(
                        .href(SiteRoute.household(model.household.id).path + "#entretiens"),
                        .text("Revenir au dossier du ménage")
                    )
                )
            )
        )
    }

    /// "Corrigé le 2 décembre 2026 à 9 h 30 par Camille Martin", for a corrected note.
    static func correction(_ contact: ContactRecord, departement: String) -> String? {
        guard let at = contact.correctedAt else { return nil }
        return "Corrigé le \(moment(at, departement: departement))"
            + (contact.correctedBy.map { " par \($0)" } ?? "")
    }

    /// The previous texts of the note, latest first.
    static func versions(_ versions: [ContactNoteVersion], departement: String) -> Node<HTML.BodyContext> {
        guard !versions.isEmpty else { return .empty }
        return .section(
            .attribute(named: "aria-labelledby", value: "versions"),
            .h2(.id("versions"), .text(versions.count == 1 ? "Version précédente" : "Versions précédentes")),
            .ol(
                .class("versions"),
                .forEach(versions) { version in
                    .li(
                        .p(
                            .class("hint"),
                            .text(
                                "Écrite le \(moment(version.writtenAt, departement: departement)) par \(version.writtenBy), "
                                    + "remplacée le \(moment(version.replacedAt, departement: departement)) par \(version.replacedBy)"
                            )
                        ),
                        .p(.text(version.note.ifEmpty("(note vide)")))
                    )
                }
            )
        )
    }

    /// "2 décembre 2026 à 9 h 30", in the household's département's legal time.
    static func moment(_ instant: Date, departement: String) -> String {
        let local = LocalDateTime(instant: instant, in: LocalTime.departement(departement))
        return "\(local.day.french) à \(local.frenchTime)"
    }
}
