import Domain
import SafeHTML
import Services

/// The republican integration contract: signature, civic training, language path and its result, end interview and
/// orientation to the public employment service, with its form.
enum CIRSection {
    static func node(_ file: PathwayFile, form: TypedForm, page: PageContext) -> Node<HTML.BodyContext> {
        let cir = file.cir
        let attended = cir?.civicSessions.compactMap { $0 }.count ?? 0
        return .section(
            .attribute(named: "aria-labelledby", value: "cir"),
            .h2(.id("cir"), .text("Contrat d'intégration républicaine (CIR)")),
            cir == nil
                ? EmptyState.node(
                    file.person.cirSignatureDate.map {
                        "CIR signé le \($0.french), d'après l'orientation ; son suivi (formation civique, parcours "
                            + "linguistique, fin de CIR) n'est pas encore saisi."
                    } ?? "Le CIR de cette personne n'est pas encore saisi."
                )
                : .dl(
                    .class("summary-list"),
                    .dt("Signature"),
                    .dd(.text(cir?.signedOn.french ?? "–")),
                    .dt("Direction de l'OFII"),
                    .dd(.text(cir?.ofiiDirection ?? "–")),
                    .dt("Formation civique"),
                    .dd(.text("\(FrenchNumber.count(attended, "séance")) sur 4 (\(attended * 6) h sur 24 h)")),
                    .dt("Positionnement linguistique"),
                    .dd(.text(cir?.positioningLevel?.frenchLabel ?? "–")),
                    .dt("Parcours linguistique prescrit"),
                    .dd(.text(cir?.languageHours.map { "\($0) heures" } ?? "Aucun")),
                    .dt("Fin de formation et niveau atteint"),
                    .dd(
                        .text(
                            cir?.trainingFinishedOn.map {
                                "\($0.french) : \(cir?.finalLevel?.frenchLabel ?? "niveau non saisi")"
                            } ?? "Formation non terminée"
                        )
                    ),
                    .dt("Entretien de fin de CIR"),
                    .dd(.text(cir?.endInterviewOn?.french ?? "–")),
                    .dt("Orientation vers le service public de l'emploi"),
                    .dd(.text(cir?.employmentOrientationOn?.french ?? "–"))
                ),
            .if(file.canWrite, editor(file, form: form, page: page))
        )
    }

    static func editor(_ file: PathwayFile, form: TypedForm, page: PageContext) -> Node<HTML.BodyContext> {
        let cir = file.cir
        let signed = cir?.signedOn.iso ?? file.person.cirSignatureDate?.iso ?? ""
        return PathwayForm.node(
            id: "form-cir",
            title: cir == nil ? "Saisir le CIR" : "Mettre à jour le CIR",
            route: .pathwayCIR(file.person.id),
            button: "Enregistrer le CIR",
            page: page,
            fields: [
                PathwayForm.day("cirSignedOn", label: "Date de signature (obligatoire)", form: form, value: signed),
                FormField.input(
                    name: "cirDirection",
                    label: "Direction territoriale de l'OFII",
                    value: form.value("cirDirection", cir?.ofiiDirection ?? ""),
                    errors: form.errors
                ),
            ]
                + (1...4).map { index in
                    PathwayForm.day(
                        "civicSession\(index)",
                        label: "Séance civique \(index) (6 h) suivie le",
                        form: form,
                        value: cir?.civicSessions[index - 1]?.iso ?? ""
                    )
                } + [
                    PathwayForm.level(
                        "positioningLevel",
                        label: "Niveau au positionnement",
                        form: form,
                        selected: cir?.positioningLevel?.rawValue ?? ""
                    ),
                    FormField.input(
                        name: "languageHours",
                        label: "Heures de formation linguistique prescrites",
                        value: form.value("languageHours", cir?.languageHours.map(String.init) ?? ""),
                        hint:
                            "100, 200, 400 ou 600 h avant le 1er juillet 2025 ; au plus 600 h depuis. Vide si aucune.",
                        errors: form.errors,
                        extra: [("inputmode", "numeric")]
                    ),
                    PathwayForm.day(
                        "trainingFinishedOn",
                        label: "Formation linguistique terminée le",
                        form: form,
                        value: cir?.trainingFinishedOn?.iso ?? ""
                    ),
                    PathwayForm.level(
                        "finalLevel",
                        label: "Niveau atteint au test de fin de formation",
                        form: form,
                        selected: cir?.finalLevel?.rawValue ?? ""
                    ),
                    PathwayForm.day(
                        "endInterviewOn",
                        label: "Entretien de fin de CIR le",
                        form: form,
                        value: cir?.endInterviewOn?.iso ?? ""
                    ),
                    PathwayForm.day(
                        "employmentOrientationOn",
                        label: "Orienté vers le service public de l'emploi le",
                        form: form,
                        value: cir?.employmentOrientationOn?.iso ?? ""
                    ),
                ]
        )
    }
}
