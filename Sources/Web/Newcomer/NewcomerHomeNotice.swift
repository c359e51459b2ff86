import Domain
import Persistence
import SafeHTML

/// On a caseworker's (or manager's) home page: the persons whose messages wait to be read.
enum NewcomerHomeNotice {
    static func node(_ threads: [UnreadThread]) -> Node<HTML.BodyContext> {
        guard !threads.isEmpty else { return .empty }
        let total = threads.map(\.count).reduce(0, +)
        return .section(
            .class("flash flash-info"),
            .attribute(named: "aria-labelledby", value: "messages-espace"),
            .h2(
                .id("messages-espace"),
                .text(
                    total == 1
                        ? "1 message non lu dans les espaces personnels"
                        : "\(total) messages non lus dans les espaces personnels"
                )
            ),
            .ul(
                .forEach(threads) { thread in
                    .li(
                        .a(.href(SiteRoute.newcomerAccess(thread.personID).path), .text(thread.personName)),
                        .text(thread.count == 1 ? " : 1 message" : " : \(thread.count) messages")
                    )
                }
            )
        )
    }
}
