import Domain
import Foundation
import Persistence
import SafeHTML
import Services

/// The thread with the caseworker, and the form to write.
enum SpaceMessagePages {
    static func thread(
        _ model: SpaceThread,
        typed: String = "",
        problem: SpaceProblem? = nil,
        _ page: SpacePageContext
    ) -> HTML {
        let t = page.t
        let zone = LocalTime.departement(model.subject.household.departement)
        var problems = SpaceFormProblems()
        if let problem { problems.add("message", problem) }
        return SpaceLayout.page(
            title: t(.messagesTitle),
            page,
            main: .group(
                .h1(.text(t(.messagesTitle))),
                SpaceForms.summary(problems, t: t),
                .p(.text(t(.messagesIntro))),
                model.messages.isEmpty
                    ? .p(.text(t(.messagesNone)))
                    : .ol(
                        .class("thread"),
                        .forEach(model.messages) { message in
                            let (date, time) = t.when(message.sentAt, zone: zone)
                            let author =
                                message.fromPerson
                                ? t(.messageFromYou, ["date": date, "time": time])
                                : t(
                                    .messageFromCaseworker,
                                    ["name": message.authorName ?? t(.messageCaseworker), "date": date, "time": time]
                                )
                            return .li(
                                .class(message.fromPerson ? "message mine" : "message theirs"),
                                .p(.class("hint"), .text(author)),
                                .p(.class("body"), .attribute(named: "dir", value: "auto"), .text(message.body))
                            )
                        }
                    ),
                .form(
                    .method(.post),
                    .action(SiteRoute.spaceMessageSend(model.subject.household.id).path),
                    .novalidate(),
                    CSRFField.node(page.csrfToken),
                    .div(
                        .class(problem == nil ? "field" : "field field-error"),
                        .label(.for("champ-message"), .text(t(.messageLabel))),
                        .unwrap(problem) {
                            .p(
                                .class("error"),
                                .id("champ-message-erreur"),
                                .text(t(.formError, ["message": SpaceForms.message($0, t)]))
                            )
                        },
                        .textarea(
                            .id("champ-message"),
                            .attribute(named: "name", value: "message"),
                            .attribute(named: "rows", value: "5"),
                            .attribute(named: "dir", value: "auto"),
                            .attribute(named: "maxlength", value: String(NewcomerSpaceRule.messageMaximumLength)),
                            .if(problem != nil, .attribute(named: "aria-describedby", value: "champ-message-erreur")),
                            .if(problem != nil, .attribute(named: "aria-invalid", value: "true")),
                            .text(typed)
                        )
                    ),
                    .button(.type(.submit), .class("button"), .text(t(.messageSend)))
                )
            )
        )
    }
}
