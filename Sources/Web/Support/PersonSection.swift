import Domain
import Foundation
import Persistence
import SafeHTML
import Services

/// Each member's languages, contact, identifiers and residence titles; the forms to change them; possible duplicates
/// of a member with the explicit, reversible merge.
enum PersonSection {
    static func node(
        _ file: HouseholdService.File,
        state: HouseholdSupportSections.FormState,
        page: PageContext
    ) -> Node<HTML.BodyContext> {
        let details = Dictionary(uniqueKeysWithValues: file.details.map { ($0.personID, $0) })
        let id = file.household.id
        // Under the members' table, without a heading of its own: the line opens the details and the corrections.
        return .div(
            .id("identite"),
            .element(
                named: "details",
                nodes: [
                    .if(state.editedPerson != nil, .attribute(named: "open")),
                    .element(
                        named: "summary",
                        text: "Identité, coordonnées, identifiants et titres de séjour de chaque membre"
                    ),
                    table(file, details: details, state: state),
                ]
            ),
            .if(
                state.sent(.personDetails(id)) || state.sent(.personTitle(id)),
                FormField.errorSummary(state.errors)
            ),
            .unwrap(file.members.first { $0.id == state.editedPerson && state.canWrite }) { member in
                forms(member, detail: details[member.id], file: file, state: state, page: page)
            },
            duplicates(file, state: state, page: page),
            merged(file, state: state, page: page)
        )
    }

    /// Each member's languages, contact, identifiers and residence title, with the links to correct them.
    static func table(
        _ file: HouseholdService.File,
        details: [String: PersonDetails],
        state: HouseholdSupportSections.FormState
    ) -> Node<HTML.BodyContext> {
        let id = file.household.id
        return DataTable.node(
            caption: "Coordonnées, identifiants et titres de chaque membre",
            columns: ["Membre", "Langues", "Contact", "Identifiants", "Titre de séjour", "Actions"],
            rows: file.members.map { member in
                let detail = details[member.id]
                let title = file.titles.first { $0.personID == member.id }
                return [
                    DataTable.header(
                        member.documentNames
                            + (detail?.mergedInto != nil ? " (fiche fusionnée avec celle d'un autre ménage)" : "")
                    ),
                    DataTable.cell(detail?.languages ?? "–"),
                    DataTable.cell(
                        [detail?.phone, detail?.email].compactMap { $0 }.joined(separator: " · ").ifEmpty("–")
                    ),
                    DataTable.cell(identifiers(detail, agdref: member.agdref)),
                    DataTable.cell(title.map(titleText) ?? "–"),
                    .td(
                        .a(
                            .href(SiteRoute.personPathway(member.id).path),
                            .text("Parcours"),
                            .attribute(named: "aria-label", value: "Parcours de \(member.documentNames)")
                        ),
                        .if(state.canWrite, .text(" · ")),
                        .if(
                            state.canWrite,
                            .group(
                                .a(
                                    .href(SiteRoute.casefile(.identity(member.id)).path),
                                    .text("Corriger l'identité"),
                                    .attribute(
                                        named: "aria-label",
                                        value: "Corriger l'identité de \(member.documentNames)"
                                    )
                                ),
                                .text(" · "),
                                .a(
                                    .href(
                                        SiteRoute.household(id).path(query: [("personne", member.id)]) + "#identite"
                                    ),
                                    .text("Modifier"),
                                    .attribute(named: "aria-label", value: "Modifier : \(member.documentNames)")
                                ),
                                .text(" · "),
                                .a(
                                    .href(
                                        SiteRoute.household(id).path(query: [("doublons", member.id)]) + "#fusion"
                                    ),
                                    .text("Chercher des doublons"),
                                    .attribute(
                                        named: "aria-label",
                                        value: "Chercher des doublons de \(member.documentNames)"
                                    )
                                )
                            )
                        )
                    ),
                ]
            }
        )
    }

    static func identifiers(_ detail: PersonDetails?, agdref: String?) -> String {
        let parts: [(String, String?)] = [
            ("AGDREF", agdref), ("OFPRA", detail?.ofpraNumber), ("CAF", detail?.cafNumber),
            ("France Travail", detail?.franceTravailID), ("Sécurité sociale", detail?.socialSecurityNumber),
        ]
        return parts.compactMap { label, value in value.map { "\(label) \($0)" } }.joined(separator: " · ").ifEmpty("–")
    }

    static func titleText(_ title: ResidenceTitleRecord) -> String {
        let kind = ResidenceTitleKind(rawValue: title.kind)?.label ?? title.kind
        return "\(kind), du \(title.validFrom.french)" + (title.validTo.map { " au \($0.french)" } ?? "")
    }

    private static func forms(
        _ member: HouseholdMember,
        detail: PersonDetails?,
        file: HouseholdService.File,
        state: HouseholdSupportSections.FormState,
        page: PageContext
    ) -> Node<HTML.BodyContext> {
        let hidden = Node<HTML.FormContext>.input(.type(.hidden), .name("personID"), .value(member.id))
        func field(_ name: String, _ label: String, _ stored: String?, hint: String? = nil) -> Node<HTML.FormContext> {
            FormField.input(
                name: name,
                label: label,
                value: state.value(name, stored ?? ""),
                hint: hint,
                errors: state.errors
            )
        }
        return .div(
            .class("form-grid"),
            .form(
                .method(.post),
                .action(SiteRoute.personDetails(file.household.id).path),
                .novalidate(),
                CSRFField.node(page.csrfToken),
                hidden,
                .element(named: "h3", text: "Coordonnées et identifiants de \(member.documentNames)"),
                field(
                    "languages",
                    "Langues parlées (facultatif)",
                    detail?.languages,
                    hint: "Par exemple : dari, pachto, anglais."
                ),
                field("phone", "Téléphone (facultatif)", detail?.phone),
                field("email", "Courriel (facultatif)", detail?.email),
                field("ofiiDirection", "Direction territoriale de l'OFII du CIR (facultatif)", detail?.ofiiDirection),
                field(
                    "ofpraNumber",
                    "Numéro de dossier OFPRA (facultatif)",
                    detail?.ofpraNumber,
                    hint: "9 chiffres, XX-XX-XXXXX."
                ),
                field("cafNumber", "Numéro allocataire CAF (facultatif)", detail?.cafNumber, hint: "7 chiffres."),
                field(
                    "franceTravailID",
                    "Identifiant France Travail (facultatif)",
                    detail?.franceTravailID,
                    hint: "7 chiffres et une lettre, ou 11 chiffres."
                ),
                field(
                    "socialSecurityNumber",
                    "Numéro de sécurité sociale (facultatif)",
                    detail?.socialSecurityNumber,
                    hint: "15 chiffres, clé comprise."
                ),
                .button(.type(.submit), .class("button"), .text("Enregistrer les coordonnées"))
            ),
            .form(
                .method(.post),
                .action(SiteRoute.personTitle(file.household.id).path),
                .novalidate(),
                CSRFField.node(page.csrfToken),
                hidden,
                .element(named: "h3", text: "Titre de séjour de \(member.documentNames)"),
                FormField.select(
                    name: "titleKind",
                    label: "Type de titre",
                    options: ResidenceTitleKind.allCases.map { ($0.rawValue, $0.label) },
                    selected: state.value("titleKind"),
                    errors: state.errors
                ),
                FormField.input(
                    name: "titleFrom",
                    label: "Valable à partir du",
                    type: .date,
                    value: state.value("titleFrom"),
                    errors: state.errors,
                    required: true
                ),
                FormField.input(
                    name: "titleTo",
                    label: "Valable jusqu'au (facultatif)",
                    type: .date,
                    value: state.value("titleTo"),
                    errors: state.errors
                ),
                .button(.type(.submit), .class("button"), .text("Enregistrer le titre"))
            )
        )
    }

    private static func duplicates(
        _ file: HouseholdService.File,
        state: HouseholdSupportSections.FormState,
        page: PageContext
    ) -> Node<HTML.BodyContext> {
        guard state.canWrite, let personID = state.duplicatesFor,
            let member = file.members.first(where: { $0.id == personID })
        else { return .empty }
        return .div(
            .element(named: "h3", nodes: [.id("fusion"), .text("Doublons possibles de \(member.documentNames)")]),
            state.personDuplicates.isEmpty
                ? EmptyState.node("Aucune autre fiche du département ne ressemble à cette personne.")
                : .ul(
                    .forEach(state.personDuplicates) { duplicate in
                        .li(
                            .text(
                                "\(duplicate.candidate.documentNames), née ou né en \(duplicate.candidate.birthYear) : "
                                    + (duplicate.score.verdict == .likely
                                        ? "très probablement la même personne" : "peut-être la même personne")
                                    + " (\(duplicate.score.reasons.joined(separator: ", ")))"
                            ),
                            .form(
                                .method(.post),
                                .action(SiteRoute.personMerge(file.household.id).path),
                                CSRFField.node(page.csrfToken),
                                .input(.type(.hidden), .name("personID"), .value(member.id)),
                                .input(.type(.hidden), .name("duplicateID"), .value(duplicate.candidate.personID)),
                                .button(
                                    .type(.submit),
                                    .class("button button-secondary"),
                                    .text("C'est la même personne : fusionner les fiches")
                                )
                            )
                        )
                    }
                )
        )
    }

    private static func merged(
        _ file: HouseholdService.File,
        state: HouseholdSupportSections.FormState,
        page: PageContext
    ) -> Node<HTML.BodyContext> {
        guard !file.merged.isEmpty else { return .empty }
        let names = Dictionary(uniqueKeysWithValues: file.members.map { ($0.id, $0.documentNames) })
        return .div(
            .element(named: "h3", text: "Fiches fusionnées"),
            .ul(
                .forEach(file.merged) { record in
                    .li(
                        .text("La fiche « \(record.names) » est fusionnée avec \(names[record.into] ?? "un membre"). "),
                        .if(
                            state.canWrite,
                            .form(
                                .method(.post),
                                .action(SiteRoute.personUnmerge(file.household.id).path),
                                CSRFField.node(page.csrfToken),
                                .input(.type(.hidden), .name("duplicateID"), .value(record.id)),
                                .button(.type(.submit), .class("button button-secondary"), .text("Annuler la fusion"))
                            )
                        )
                    )
                }
            )
        )
    }
}
