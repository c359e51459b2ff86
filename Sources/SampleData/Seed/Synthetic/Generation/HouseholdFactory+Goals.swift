import Domain
import Services

extension HouseholdFactory {
    // Domains whose goals concern one person rather than the household:
    // emploi_formation, langue_francaise, mobilite, numerique.
    private static let personalDomains = [2, 3, 4, 6]

    /// Three or four goals in the domains of strongest need, with two to four actions each.
    mutating func drawGoals(needs: [Int], roster: Roster, timeline: SupportTimeline, welcome: Int) -> [SyntheticGoal] {
        let strong = needs.indices.filter { needs[$0] == 3 }
        let medium = needs.indices.filter { needs[$0] == 2 }
        let domains = Array((strong + medium).prefix(rng.chance(0.5) ? 3 : 4))
        let start = timeline.contract ?? welcome
        // Actions are planned over the whole support once it is over, otherwise up to three months ahead.
        let lastDue = timeline.exited ? timeline.plannedEnd : min(timeline.plannedEnd, today + 90)
        let firstDue = min(start + 7, lastDue)
        return domains.map { domain in
            let texts = GoalCatalogue.byDomain[domain]
            let title = rng.element(of: texts.titles)
            let member = HouseholdFactory.personalDomains.contains(domain) ? drawGoalMember(roster: roster) : nil
            let count = rng.int(in: 2...4)
            let wordings = rng.distinctSorted(count, below: texts.actions.count)
            var dues = wordings.map { _ in rng.int(in: firstDue...lastDue) }
            dues.sort()
            let actions = zip(wordings, dues).map { wording, due in
                drawAction(description: texts.actions[wording], due: due, timeline: timeline)
            }
            return SyntheticGoal(
                domain: SyntheticVocabulary.diagnosisDomains[domain],
                memberIndex: member,
                title: title,
                actions: actions
            )
        }
    }

    /// The adult a personal goal concerns, most often the reference person.
    private mutating func drawGoalMember(roster: Roster) -> Int {
        let adults = roster.adults
        return adults.count == 1 || rng.chance(0.7) ? 0 : adults[1 + rng.below(adults.count - 1)]
    }

    /// An action with a status consistent with its due day and the state of support.
    private mutating func drawAction(description: String, due: Int, timeline: SupportTimeline) -> SyntheticAction {
        let actor = ActionTables.actors.draw(&rng)
        let status: String
        if timeline.exited {
            status = rng.chance(ActionTables.doneChanceAtExit(reason: timeline.exitReason)) ? "faite" : "abandonnee"
        } else if due <= today - 15 {
            status = ActionTables.overdue.draw(&rng)
        } else if due <= today {
            status = ActionTables.dueNow.draw(&rng)
        } else {
            status = rng.chance(0.7) ? "a_faire" : "en_cours"
        }
        let outcome: String =
            switch status {
            case "faite": rng.element(of: GoalCatalogue.doneOutcomes)
            case "abandonnee": rng.element(of: GoalCatalogue.abandonedOutcomes)
            default: ""
            }
        return SyntheticAction(
            description: description,
            actor: actor,
            due: CalendarDay(daysSinceEpoch: due),
            status: status,
            outcome: outcome
        )
    }
}

/// Weighted tables for actions.
enum ActionTables {
    /// Who carries out an action.
    static let actors = WeightedTable<String>([("referent", 30), ("personne", 50), ("partenaire", 20)])
    /// Status of an action due more than two weeks ago.
    static let overdue = WeightedTable<String>([("faite", 78), ("abandonnee", 7), ("en_cours", 10), ("a_faire", 5)])
    /// Status of an action due within the last two weeks.
    static let dueNow = WeightedTable<String>([("faite", 35), ("en_cours", 40), ("a_faire", 25)])

    /// The chance an action was completed when support ended for `reason`.
    static func doneChanceAtExit(reason: String) -> Double {
        switch reason {
        case "objectives_reached": 0.88
        case "maximum_duration_reached": 0.75
        default: 0.55
        }
    }
}
