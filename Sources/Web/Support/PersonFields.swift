import Domain
import SafeHTML
import Services

/// The fields of a person, shared by the referral form and the form that adds a household member.
enum PersonFields {
    /// The identity fieldset and the protection-and-CIR fieldset.
    static func node(
        _ input: PersonInput,
        legend: String,
        countries: [Country],
        errors: FieldErrors
    )
        -> Node<HTML.FormContext>
    {
        .group(
            .fieldset(
                .element(named: "legend", text: legend),
                identity(input, countries: countries, errors: errors),
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
                protection(input, errors: errors),
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
                )
            )
        )
    }

    /// Names, birth, sex and nationality: at creation and in the identity correction.
    static func identity(_ input: PersonInput, countries: [Country], errors: FieldErrors) -> Node<HTML.FormContext> {
        let nationalities =
            [(PersonInput.statelessNationality, "Apatride"), (PersonInput.undeterminedNationality, "Indéterminée")]
            + countries.map { ($0.code, $0.name) }
        return .group(
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
                options: PersonInput.sexes,
                selected: input.sex,
                errors: errors
            ),
            FormField.select(
                name: "nationality",
                label: "Nationalité",
                options: nationalities,
                selected: input.nationality,
                errors: errors
            )
        )
    }

    /// The protection obtained, its authority and date: at creation and in the identity correction.
    static func protection(_ input: PersonInput, errors: FieldErrors) -> Node<HTML.FormContext> {
        .group(
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
            )
        )
    }

    /// Reads the person fields of a form.
    static func read(_ form: FormData) -> PersonInput {
        var input = PersonInput()
        input.documentNames = form["documentNames"]
        input.usualNames = form["usualNames"]
        input.birthYear = form["birthYear"]
        input.birthMonth = form["birthMonth"]
        input.birthDay = form["birthDay"]
        input.sex = form["sex"]
        input.nationality = form["nationality"]
        input.protection = form["protection"]
        input.protectionAuthority = form["protectionAuthority"]
        input.protectionDate = form["protectionDate"]
        input.cirSignatureDate = form["cirSignatureDate"]
        input.agdref = form["agdref"]
        input.joiningRelative = form["joiningRelative"] == "oui"
        return input
    }
}

/// The possible duplicates found before a person is created, with the matcher's reasons.
enum DuplicateList {
    static func node(_ duplicates: [DuplicateFinder.Duplicate]) -> Node<HTML.BodyContext> {
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

    /// The confirmation asked when duplicates were shown.
    static func confirmation() -> Node<HTML.FormContext> {
        FormField.checkbox(
            name: "duplicatesReviewed",
            label: "J'ai vérifié : aucun de ces dossiers ne concerne cette personne",
            checked: false
        )
    }
}
