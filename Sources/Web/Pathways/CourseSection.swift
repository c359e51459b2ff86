import Domain
import Persistence
import SafeHTML
import Services

/// A person's course enrolments and the courses suggested for them, each with a button to enrol.
enum CourseSection {
    static func node(_ file: PathwayFile, form: TypedForm, page: PageContext) -> Node<HTML.BodyContext> {
        .section(
            .attribute(named: "aria-labelledby", value: "formations"),
            .h2(.id("formations"), .text("Formations linguistiques")),
            file.enrolments.isEmpty
                ? EmptyState.node("Aucune inscription à une formation.")
                : DataTable.node(
                    caption: "Inscriptions",
                    columns: [
                        "Formation", "Organisme", "Demandée le", "Situation", "Heures suivies", "Niveau atteint",
                    ],
                    rows: file.enrolments.map { enrolment in
                        [
                            DataTable.header(enrolment.courseTitle), DataTable.cell(enrolment.providerName),
                            DataTable.cell(enrolment.requestedOn.french), DataTable.cell(enrolment.status.label),
                            DataTable.cell("\(enrolment.attendedHours) h"),
                            DataTable.cell(enrolment.resultLevel?.frenchLabel ?? "–"),
                        ]
                    }
                ),
            .h3(.text("Formations proposées")),
            .p(
                .class("hint"),
                .text(
                    "Classées par adéquation du niveau visé, puis par lieu (commune du ménage), puis par horaires "
                        + "(soir et week-end pour une personne en emploi), puis par date de début."
                )
            ),
            .unwrap(form.errors["courseID"]) {
                .p(.class("error-message"), .id("champ-courseID"), .text("Erreur : \($0)"))
            },
            file.suggestions.isEmpty
                ? EmptyState.node("Aucune formation à venir du département ne correspond au niveau de la personne.")
                : .group(
                    cards(Array(file.suggestions.prefix(shown)), file: file, page: page),
                    .if(
                        file.suggestions.count > shown,
                        .element(
                            named: "details",
                            nodes: [
                                .element(
                                    named: "summary",
                                    text: "Les \(file.suggestions.count - shown) autres formations du département"
                                ),
                                cards(Array(file.suggestions.dropFirst(shown)), file: file, page: page),
                            ]
                        )
                    )
                )
        )
    }

    /// The suggestions shown before the others are folded away.
    static let shown = 5

    static func cards(
        _ suggestions: [(course: CourseRecord, reasons: [String])],
        file: PathwayFile,
        page: PageContext
    ) -> Node<HTML.BodyContext> {
        .ul(
            .class("card-list"),
            .forEach(suggestions) { suggestion in
                let course = suggestion.course
                return .li(
                    .class("card"),
                    .h4(.text(course.course.title)),
                    .p(
                        .text(
                            "\(course.providerName) · niveau visé \(course.course.targetLevel.frenchLabel) · "
                                + "\(course.course.hours) h · \(course.course.slot.label.lowercased())"
                                + (course.course.schedule.isEmpty ? "" : " (\(course.course.schedule))")
                                + " · du \(course.course.startsOn.french) au \(course.course.endsOn.french)"
                                + (course.course.jobOriented ? " · à visée professionnelle" : "")
                        )
                    ),
                    .p(
                        .text(
                            course.seatsLeft > 0
                                ? FrenchNumber.count(course.seatsLeft, "place libre", plural: "places libres")
                                    + " sur \(course.course.seats)"
                                : "Complet : inscription en liste d'attente (\(course.waiting) en attente)"
                        )
                    ),
                    .if(
                        !suggestion.reasons.isEmpty,
                        .p(
                            .class("hint"),
                            .text("Pourquoi : " + suggestion.reasons.joined(separator: ", ") + ".")
                        )
                    ),
                    .if(
                        file.canWrite,
                        .form(
                            .method(.post),
                            .action(SiteRoute.pathwayEnrol(file.person.id).path),
                            CSRFField.node(page.csrfToken),
                            .input(.type(.hidden), .name("courseID"), .value(course.id)),
                            .button(
                                .type(.submit),
                                .class("button"),
                                .text(course.seatsLeft > 0 ? "Inscrire" : "Inscrire en liste d'attente"),
                                .attribute(named: "aria-label", value: "Inscrire à : \(course.course.title)")
                            )
                        )
                    )
                )
            }
        )
    }
}

/// The person's work and training situations recorded as milestones, and the employment part of the CIR.
enum EmploymentSection {
    static func node(_ file: PathwayFile) -> Node<HTML.BodyContext> {
        .section(
            .attribute(named: "aria-labelledby", value: "emploi"),
            .h2(.id("emploi"), .text("Emploi et formation professionnelle")),
            .p(
                .text(
                    "Orientation vers le réseau pour l'emploi : "
                        + (file.cir?.employmentOrientationOn.map { "le \($0.french)" } ?? "non enregistrée") + "."
                )
            ),
            file.activities.isEmpty
                ? EmptyState.node("Aucune situation d'emploi ou de formation enregistrée.")
                : DataTable.node(
                    caption: "Situations d'emploi et de formation, de la plus ancienne à la plus récente",
                    columns: ["Depuis le", "Situation"],
                    rows: file.activities.map { [DataTable.header($0.date.french), DataTable.cell($0.event.label)] }
                ),
            file.jobActions.isEmpty
                ? EmptyState.node("Aucune action vers l'emploi ou la formation dans le plan d'accompagnement.")
                : DataTable.node(
                    caption: "Actions du plan vers l'emploi et la formation",
                    columns: ["Action", "Échéance", "Avancement"],
                    rows: file.jobActions.map { action in
                        [
                            DataTable.header(action.description), DataTable.cell(action.due?.french ?? "–"),
                            DataTable.cell(action.status.label),
                        ]
                    }
                ),
            .p(
                .a(
                    .href(SiteRoute.household(file.household.id).path + "#situations"),
                    .text("Enregistrer une situation dans le dossier du ménage")
                )
            )
        )
    }
}
