import Domain
import Persistence
import SafeHTML
import Services

/// A member's identity and the form to correct it (names, birth, sex, nationality, protection), checked as at creation.
enum IdentityPage {
    static func view(
        _ model: PersonDetailsService.IdentityPage,
        input: PersonInput? = nil,
        errors: FieldErrors = FieldErrors(),
        page: PageContext
    ) -> HTML {
        let member = model.member
        let title = "Identité de \(member.documentNames)"
        return Layout.page(
            title: title,
            page: page,
            breadcrumbs: [
                Breadcrumb(label: "Accueil", route: .home), Breadcrumb(label: "Ménages", route: .households),
                Breadcrumb(label: model.household.referenceNames, route: .household(model.household.id)),
                Breadcrumb(label: "Identité", route: nil),
            ],
            main: .group(
                .h1(.text(title)),
                model.canWrite
                    ? .group(
                        .p(
                            .text(
                                "Corrigez une erreur de saisie ou reportez un changement d'état civil. Chaque correction est inscrite au journal d'audit, avec l'ancienne et la nouvelle valeur."
                            )
                        ),
                        FormField.errorSummary(errors),
                        .form(
                            .method(.post),
                            .action(SiteRoute.casefile(.identityCorrect(member.id)).path),
                            .novalidate(),
                            CSRFField.node(page.csrfToken),
                            .fieldset(
                                .element(named: "legend", text: "Identité"),
                                PersonFields.identity(
                                    input ?? typed(member),
                                    countries: model.countries,
                                    errors: errors
                                )
                            ),
                            .fieldset(
                                .element(named: "legend", text: "Protection"),
                                PersonFields.protection(input ?? typed(member), errors: errors)
                            ),
                            .button(.type(.submit), .class("button"), .text("Enregistrer la correction"))
                        )
                    )
                    : .p(
                        .text(
                            "Seuls le référent du ménage et les responsables de l'opérateur corrigent une identité, pendant l'accompagnement."
                        )
                    ),
                .p(
                    .a(
                        .href(SiteRoute.household(model.household.id).path + "#identite"),
                        .text("Revenir au dossier du ménage")
                    )
                )
            )
        )
    }

    /// The recorded identity as the form shows it.
    static func typed(_ member: HouseholdMember) -> PersonInput {
        var input = PersonInput()
        input.documentNames = member.documentNames
        input.usualNames = member.usualNames
        input.birthYear = String(member.birthYear)
        input.birthMonth = member.birthMonth.map(String.init) ?? ""
        input.birthDay = member.birthDay.map(String.init) ?? ""
        input.sex = member.sex
        input.nationality = member.nationality
        input.protection = member.protection ?? ""
        input.protectionAuthority = member.protectionAuthority ?? ""
        input.protectionDate = member.protectionDate?.iso ?? ""
        return input
    }
}
