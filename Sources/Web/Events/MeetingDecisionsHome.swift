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
                        + EventText.plural(decisions.count, "en cours", "en cours")
                        + (overdue.isEmpty ? "" : ", dont " + EventText.plural(overdue.count, "en retard", "en retard"))
                )
            ),
            MeetingPages.decisionsTable(ordered, today: today, caption: "Décisions à suivre, les retards d'abord")
        )
    }
}
