import Domain
import Persistence
import SafeHTML
import Services

/// The person's course enrolments and the courses near them.
enum SpaceCoursePages {
    static func courses(_ model: SpaceCourses, _ page: SpacePageContext) -> HTML {
        let t = page.t
        return SpaceLayout.page(
            title: t(.coursesTitle),
            page,
            main: .group(
                .h1(.text(t(.coursesTitle))),
                .section(
                    .attribute(named: "aria-labelledby", value: "inscriptions"),
                    .h2(.id("inscriptions"), .text(t(.coursesMine))),
                    model.enrolments.isEmpty
                        ? .p(.text(t(.coursesMineNone)))
                        : .ul(
                            .class("cards"),
                            .forEach(model.enrolments) { enrolment in
                                .li(
                                    .class("card"),
                                    .h3(.attribute(named: "dir", value: "auto"), .text(enrolment.courseTitle)),
                                    .p(.text(t(.courseProvider, ["provider": enrolment.providerName]))),
                                    .p(.strong(.text(t.label(enrolment.status)))),
                                    .if(
                                        enrolment.attendedHours > 0,
                                        .p(.text(t.plural(.enrolmentHours, enrolment.attendedHours)))
                                    )
                                )
                            }
                        )
                ),
                .section(
                    .attribute(named: "aria-labelledby", value: "pres"),
                    .h2(.id("pres"), .text(t(.coursesNear))),
                    .p(.text(t(.coursesNearIntro))),
                    model.courses.isEmpty
                        ? .p(.text(t(.coursesNearNone)))
                        : .ul(.class("cards"), .forEach(model.courses) { .li(.class("card"), course($0, model, t)) })
                )
            )
        )
    }

    private static func course(_ record: CourseRecord, _ model: SpaceCourses, _ t: Translator) -> Node<HTML.BodyContext>
    {
        let course = record.course
        return .group(
            .h3(.attribute(named: "dir", value: "auto"), .text(course.title)),
            .ul(
                .li(.text(t(.courseLevel, ["level": t.label(course.targetLevel)]))),
                .li(.text(t(.courseDates, ["start": t.date(course.startsOn), "end": t.date(course.endsOn)]))),
                .li(.text(t.label(course.slot) + " · " + t.plural(.courseHours, course.hours))),
                .li(.text(t(.courseWhere, ["commune": model.communes[course.communeCode] ?? course.communeCode]))),
                .li(.text(t(.courseProvider, ["provider": record.providerName]))),
                .li(.strong(.text(record.seatsLeft > 0 ? t.plural(.courseSeats, record.seatsLeft) : t(.courseFull))))
            )
        )
    }
}
