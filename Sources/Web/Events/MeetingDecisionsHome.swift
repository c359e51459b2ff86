import Domain
import Persistence
import SafeHTML

/// The open decisions of the territory's rencontres on a prefecture's or DREETS's home page, overdue ones first.
enum MeetingDecisionsHome {
    static func node(_ decisions: [DecisionRecord], today: CalendarDay) -> Node<HTML.BodyContext> {
        let overdue = decisions.filter { $0.status.isOverdue(due: $0.dueOn, today: today) }
        let ordered = overdue + decisions.filter { !$0.status.isOverdue(due: $0.dueOn, today: today) }
        return .section(
            .attribute(named: "aria-labelledby", value: "decisions-rencontres"),
            .h2(
                .id("decisions-rencontres"),
                .text(
                    "Décisions des rencontres territoriales : "
                        + FrenchNumber.count(decisions.count, "en cours", plural: "en cours")
                        + (overdue.isEmpty
                            ? "" : ", dont " + FrenchNumber.count(overdue.count, "en retard", plural: "en retard"))
                )
            ),
            MeetingPages.decisionsTable(ordered, today: today, caption: "Décisions à suivre, les retards d'abord")
        )
    }
}
