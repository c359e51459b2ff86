import Domain
import SafeHTML
import Services

/// The plan's steps and the milestones reached.
enum SpaceStepPages {
    static func steps(_ model: SpaceSteps, _ page: SpacePageContext) -> HTML {
        let t = page.t
        let open = model.steps.filter { $0.status.isOpen }
        let closed = model.steps.filter { !$0.status.isOpen }
        return SpaceLayout.page(
            title: t(.stepsTitle),
            page,
            main: .group(
                .h1(.text(t(.stepsTitle))),
                .p(.text(t(.stepsIntro))),
                .h2(.text(t(.stepsTodo))),
                open.isEmpty
                    ? .p(.text(t(.stepsNone)))
                    : .ul(
                        .class("cards"),
                        .forEach(open) { .li(.class("card"), step($0, today: model.subject.today, t)) }
                    ),
                .if(
                    !closed.isEmpty,
                    .group(
                        .h2(.text(t(.stepsDone))),
                        .ul(
                            .class("cards"),
                            .forEach(closed) { .li(.class("card"), step($0, today: model.subject.today, t)) }
                        )
                    )
                ),
                milestones(model, t)
            )
        )
    }

    /// One step: its domain, what to do as the caseworker wrote it, who does it, by when.
    static func step(_ step: SpaceStep, today: CalendarDay, _ t: Translator) -> Node<HTML.BodyContext> {
        let late = step.status.isOpen && (step.due.map { $0 < today } ?? false)
        return .group(
            .h3(.text(t.label(step.domain))),
            .unwrap(step.memberName) { .p(.class("hint"), .text(t(.stepFor, ["name": $0]))) },
            .p(.class("hint"), .text(t(.stepAsWritten))),
            .p(.attribute(named: "lang", value: "fr"), .attribute(named: "dir", value: "ltr"), .text(step.description)),
            .p(.text(t.who(step))),
            .unwrap(step.due) { due in
                .p(
                    .text(t(.stepDue, ["date": t.date(due)])),
                    .if(late, .strong(.class("late"), .text(" · " + t(.stepLate))))
                )
            },
            .if(step.status == .inProgress, .p(.class("tag"), .text(t(.stepInProgress)))),
            .if(step.status == .abandoned, .p(.class("tag"), .text(t(.stepAbandoned))))
        )
    }

    private static func milestones(_ model: SpaceSteps, _ t: Translator) -> Node<HTML.BodyContext> {
        var items: [(CalendarDay, String)] = []
        if let day = model.support.welcomeInterview { items.append((day, t(.milestoneWelcome))) }
        if let day = model.support.contractSigned { items.append((day, t(.milestoneContract))) }
        items += model.milestones.map { ($0.date, t.label($0.event)) }
        items.sort { $0.0 < $1.0 }
        return .section(
            .attribute(named: "aria-labelledby", value: "etapes"),
            .h2(.id("etapes"), .text(t(.milestonesTitle))),
            items.isEmpty
                ? .p(.text(t(.milestonesNone)))
                : .ul(
                    .class("timeline"),
                    .forEach(items) { .li(.span(.class("when"), .text(t.date($0.0))), .span(.text($0.1))) }
                ),
            .unwrap(model.supportEnds) { .p(.class("hint"), .text(t(.milestoneSupportEnds, ["date": t.date($0)]))) }
        )
    }
}
