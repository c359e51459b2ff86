import Domain
import Persistence
import SafeHTML
import Services

/// The training provider's screens: its courses with the form to declare one, and a course's enrolments, waiting
/// list and attendance entry.
enum CoursePages {
    static func list(_ courses: [CourseRecord], form: TypedForm, page: PageContext) -> HTML {
        Layout.page(
            title: "Mes formations",
            page: page,
            breadcrumbs: [Breadcrumb(label: "Accueil", route: .home), Breadcrumb(label: "Mes formations", route: nil)],
            main: .group(
                .h1(.text("Mes formations linguistiques")),
                FormField.errorSummary(form.errors),
                courses.isEmpty
                    ? EmptyState.node("Aucune formation déclarée : les référents ne peuvent encore inscrire personne.")
                    : DataTable.node(
                        caption: "Formations de l'organisme, la plus récente d'abord",
                        columns: ["Formation", "Niveau visé", "Dates", "Lieu", "Places prises", "En attente"],
                        rows: courses.map { course in
                            [
                                DataTable.link(course.course.title, SiteRoute.course(course.id).path),
                                DataTable.cell(course.course.targetLevel.frenchLabel),
                                DataTable.cell("du \(course.course.startsOn.french) au \(course.course.endsOn.french)"),
                                DataTable.cell(
                                    course.course.communeCode + (course.course.qpvCode.map { " (QPV \($0))" } ?? "")
                                ),
                                DataTable.cell("\(course.seatsTaken) sur \(course.course.seats)"),
                                DataTable.cell(String(course.waiting)),
                            ]
                        }
                    ),
                createForm(form: form, page: page)
            )
        )
    }

    static func createForm(form: TypedForm, page: PageContext) -> Node<HTML.BodyContext> {
        PathwayForm.node(
            id: "form-formation",
            title: "Déclarer une formation",
            route: .courseCreate,
            button: "Déclarer la formation",
            page: page,
            fields: [
                FormField.input(
                    name: "courseTitle",
                    label: "Intitulé",
                    value: form.value("courseTitle"),
                    errors: form.errors,
                    required: true
                ),
                FormField.select(
                    name: "courseLevel",
                    label: "Niveau visé",
                    options: PathwayForm.levelOptions,
                    selected: form.value("courseLevel"),
                    errors: form.errors
                ),
                FormField.input(
                    name: "courseHours",
                    label: "Nombre d'heures",
                    value: form.value("courseHours"),
                    errors: form.errors,
                    required: true,
                    extra: [("inputmode", "numeric")]
                ),
                FormField.select(
                    name: "courseSlot",
                    label: "Séances",
                    options: CourseSlot.allCases.map { ($0.rawValue, $0.label) },
                    selected: form.value("courseSlot"),
                    errors: form.errors
                ),
                FormField.input(
                    name: "courseSchedule",
                    label: "Horaires",
                    value: form.value("courseSchedule"),
                    hint: "Par exemple : lundi et jeudi, 9 h – 12 h.",
                    errors: form.errors
                ),
                FormField.input(
                    name: "courseCommune",
                    label: "Code officiel de la commune du lieu de formation",
                    value: form.value("courseCommune"),
                    hint: "Code INSEE à 5 caractères, par exemple 69266 pour Villeurbanne.",
                    errors: form.errors,
                    required: true
                ),
                FormField.input(
                    name: "courseQPV",
                    label: "Code du quartier prioritaire (QPV), si la formation s'y tient",
                    value: form.value("courseQPV"),
                    hint: "Par exemple QN06901M ; laissez vide hors QPV.",
                    errors: form.errors
                ),
                FormField.input(
                    name: "courseSeats",
                    label: "Nombre de places",
                    value: form.value("courseSeats"),
                    errors: form.errors,
                    required: true,
                    extra: [("inputmode", "numeric")]
                ),
                PathwayForm.day("courseStart", label: "Début", form: form),
                PathwayForm.day("courseEnd", label: "Fin", form: form),
                FormField.checkbox(
                    name: "courseJobOriented",
                    label: "Formation à visée professionnelle",
                    checked: form.value("courseJobOriented") == "oui"
                ),
            ]
        )
    }

    static func detail(
        _ course: CourseRecord,
        _ enrolments: [EnrolmentRecord],
        form: TypedForm,
        page: PageContext
    )
        -> HTML
    {
        let title = course.course.title
        return Layout.page(
            title: title,
            page: page,
            breadcrumbs: [
                Breadcrumb(label: "Mes formations", route: .courses), Breadcrumb(label: title, route: nil),
            ],
            main: .group(
                .h1(.text(title)),
                .p(
                    .text(
                        "Niveau visé \(course.course.targetLevel.frenchLabel) · \(course.course.hours) h · "
                            + "\(course.course.slot.label.lowercased()) · du \(course.course.startsOn.french) au "
                            + "\(course.course.endsOn.french) · "
                            + FrenchNumber.count(course.seatsTaken, "place prise", plural: "places prises") + " sur "
                            + "\(course.course.seats) · \(course.waiting) en liste d'attente"
                    )
                ),
                FormField.errorSummary(form.errors),
                enrolments.isEmpty
                    ? EmptyState.node(
                        "Personne n'est encore inscrit : les référents AGIR inscrivent depuis le parcours."
                    )
                    : .div(
                        .class("form-grid"),
                        .forEach(enrolments) { enrolment in attendanceForm(course, enrolment, form: form, page: page) }
                    )
            )
        )
    }

    static func attendanceForm(
        _ course: CourseRecord,
        _ enrolment: EnrolmentRecord,
        form: TypedForm,
        page: PageContext
    ) -> Node<HTML.BodyContext> {
        let id = enrolment.id
        return PathwayForm.node(
            id: "inscription-\(id)",
            title: "\(enrolment.personName) — \(enrolment.status.label)",
            route: .courseAttendance(course.id),
            button: "Enregistrer pour \(enrolment.personName)",
            page: page,
            fields: [
                .input(.type(.hidden), .name("enrolmentID"), .value(id)),
                FormField.select(
                    name: "status-\(id)",
                    label: "Situation",
                    options: EnrolmentStatus.allCases.map { ($0.rawValue, $0.label) },
                    selected: form.value("status-\(id)", enrolment.status.rawValue),
                    placeholder: nil,
                    errors: form.errors
                ),
                FormField.input(
                    name: "hours-\(id)",
                    label: "Heures suivies (sur \(course.course.hours))",
                    value: form.value("hours-\(id)", String(enrolment.attendedHours)),
                    errors: form.errors,
                    extra: [("inputmode", "numeric")]
                ),
                PathwayForm.level(
                    "result-\(id)",
                    label: "Niveau atteint",
                    form: form,
                    selected: enrolment.resultLevel?.rawValue ?? ""
                ),
            ]
        )
    }
}
