import Domain
import Plot
import Services

/// The OFII agent's referral form, with possible duplicates to review before anything is written.
enum ReferralFormPage {
    struct Choices: Sendable {
        let departements: [Departement]
        let countries: [Country]
    }

    static func render(
        input: ReferralInput,
        choices: Choices,
        duplicates: [ReferralService.Duplicate],
        errors: FieldErrors,
        page: PageContext
    ) -> HTML {
        let nationalities =
            [(ReferralInput.statelessNationality, "Apatride"), (ReferralInput.undeterminedNationality, "Indéterminée")]
            + choices.countries.map { ($0.code, $0.name) }
        return Layout.page(
            title: errors.isEmpty ? "Nouvelle orientation" : "Erreur – Nouvelle orientation",
            page: page,
            breadcrumbs: [
                Breadcrumb(label: "Accueil", route: .home), Breadcrumb(label: "Orientations", route: .referrals),
                Breadcrumb(label: "Nouvelle orientation", route: nil),
            ],
            main: .group(
                .h1(.text("Orienter un ménage vers AGIR")),
                .p(
                    .class("hint"),
                    .text(
                        "Ne saisissez jamais le récit d'asile ni des informations de santé : seules les informations utiles à l'orientation sont demandées."
                    )
                ),
                FormField.errorSummary(errors),
                .if(!duplicates.isEmpty, duplicateList(duplicates)),
                .form(
                    .method(.post),
                    .action(SiteRoute.referralCreate.path),
                    .novalidate(),
                    CSRFField.node(page.csrfToken),
                    .fieldset(
                        .element(named: "legend", text: "Orientation"),
                        FormField.input(
                            name: "referralDate",
                            label: "Date d'orientation",
                            type: .date,
                            value: input.referralDate,
                            errors: errors,
                            required: true
                        ),
                        FormField.select(
                            name: "departement",
                            label: "Département de résidence",
                            options: choices.departements.map { ($0.code, $0.label) },
                            selected: input.departement,
                            errors: errors
                        ),
                        TerritoryPickers.commune(
                            name: "commune",
                            label: "Commune de résidence (facultatif)",
                            value: input.commune,
                            errors: errors
                        )
                    ),
                    .fieldset(
                        .element(named: "legend", text: "Personne de référence du ménage"),
                        FormField.input(
                            name: "documentNames",
                            label: "Noms et prénoms, tels que sur les documents",
                            value: input.documentNames,
                            errors: errors,
                            required: true
                        ),
                        FormField.input(
                            name: "usualNames",
                            label: "Autres graphies usuelles (facultatif)",
                            value: input.usualNames,
                            hint: "Par exemple « Mohamed » pour « Muhammad ».",
                            errors: errors
                        ),
                        FormField.input(
                            name: "birthYear",
                            label: "Année de naissance",
                            value: input.birthYear,
                            errors: errors,
                            required: true,
                            extra: [("inputmode", "numeric")]
                        ),
                        FormField.input(
                            name: "birthMonth",
                            label: "Mois de naissance (1 à 12, vide si inconnu)",
                            value: input.birthMonth,
                            errors: errors,
                            extra: [("inputmode", "numeric")]
                        ),
                        FormField.input(
                            name: "birthDay",
                            label: "Jour de naissance (vide si inconnu)",
                            value: input.birthDay,
                            errors: errors,
                            extra: [("inputmode", "numeric")]
                        ),
                        FormField.select(
                            name: "sex",
                            label: "Sexe",
                            options: ReferralInput.sexes,
                            selected: input.sex,
                            errors: errors
                        ),
                        FormField.select(
                            name: "nationality",
                            label: "Nationalité",
                            options: nationalities,
                            selected: input.nationality,
                            errors: errors
                        ),
                        FormField.input(
                            name: "agdref",
                            label: "Numéro AGDREF (facultatif)",
                            value: input.agdref,
                            hint: "10 chiffres.",
                            errors: errors,
                            extra: [("inputmode", "numeric")]
                        )
                    ),
                    .fieldset(
                        .element(named: "legend", text: "Protection et CIR"),
                        FormField.select(
                            name: "protection",
                            label: "Protection obtenue",
                            options: ProtectionKind.allCases.map { ($0.rawValue, $0.label.capitalizedFirst) },
                            selected: input.protection,
                            placeholder: "Aucune",
                            errors: errors
                        ),
                        FormField.select(
                            name: "protectionAuthority",
                            label: "Décision de",
                            options: [("OFPRA", "OFPRA"), ("CNDA", "CNDA")],
                            selected: input.protectionAuthority,
                            placeholder: "— Non précisé —",
                            errors: errors
                        ),
                        FormField.input(
                            name: "protectionDate",
                            label: "Date de la décision de protection",
                            type: .date,
                            value: input.protectionDate,
                            errors: errors
                        ),
                        FormField.input(
                            name: "cirSignatureDate",
                            label: "Date de signature du CIR",
                            type: .date,
                            value: input.cirSignatureDate,
                            hint: "Vide si le CIR n'est pas signé.",
                            errors: errors
                        ),
                        FormField.checkbox(
                            name: "joiningRelative",
                            label: "Rejoignant d'une personne éligible",
                            checked: input.joiningRelative
                        ),
                        FormField.checkbox(
                            name: "prefectException",
                            label: "Exception sur instruction du préfet, avec l'accord de l'OFII",
                            checked: input.prefectException
                        )
                    ),
                    .if(
                        !duplicates.isEmpty,
                        FormField.checkbox(
                            name: "duplicatesReviewed",
                            label: "J'ai vérifié : aucun de ces dossiers ne concerne cette personne",
                            checked: false
                        )
                    ),
                    .button(.type(.submit), .class("button"), .text("Orienter le ménage"))
                )
            )
        )
    }

    private static func duplicateList(_ duplicates: [ReferralService.Duplicate]) -> Node<HTML.BodyContext> {
        .section(
            .class("error-summary"),
            .attribute(named: "role", value: "alert"),
            .attribute(named: "aria-labelledby", value: "doublons"),
            .h2(
                .id("doublons"),
                .text(
                    duplicates.count == 1
                        ? "Un dossier ressemble à cette personne"
                        : "\(duplicates.count) dossiers ressemblent à cette personne"
                )
            ),
            .p(.text("Vérifiez qu'il ne s'agit pas de la même personne avant de créer un nouveau dossier.")),
            .ul(
                .forEach(duplicates) { duplicate in
                    let candidate = duplicate.candidate
                    let birth = [candidate.birthDay, candidate.birthMonth].compactMap {
                        $0.map { String(format: "%02d", $0) }
                    }.reversed().joined(separator: "/")
                    return .li(
                        .strong(.text(candidate.documentNames)),
                        .text(" – née ou né en \(birth.isEmpty ? "" : birth + "/")\(candidate.birthYear)"),
                        .text(candidate.referralDate.map { " – orientation du \($0)" } ?? ""),
                        .text(
                            " : \(duplicate.score.verdict == .likely ? "très probablement la même personne" : "peut-être la même personne")"
                        ),
                        .text(" (\(duplicate.score.reasons.joined(separator: ", ")))")
                    )
                }
            )
        )
    }
}
