import Domain
import Services

extension HouseholdFactory {
    /// About three and a half contacts a month (visits, calls), more in the first three months, from welcome to exit or today.
    mutating func drawContacts(
        timeline: SupportTimeline,
        welcome: Int,
        roster: Roster,
        history: SupportHistory
    ) -> [SyntheticContact] {
        let moveDay = history.housing.dropFirst().first {
            SyntheticVocabulary.sustainableHousing.contains($0.value)
        }?.day
        let span = timeline.horizon - welcome
        let months = Double(span) / 30.44
        let expected = 3.5 * months + min(months, 3.0)
        let count = Int(expected * (0.7 + 0.6 * rng.unit()))
        var days = (0..<count).map { _ in
            welcome + (rng.chance(0.12) ? rng.int(in: 0...min(span, 90)) : rng.int(in: 0...span))
        }
        days.sort()
        var contacts: [SyntheticContact] = []
        contacts.reserveCapacity(count + 2)
        contacts.append(
            SyntheticContact(
                date: CalendarDay(daysSinceEpoch: welcome),
                mode: "presentiel",
                minutes: 5 * rng.int(in: 12...18),
                note: ContactCatalogue.welcomeNote
            )
        )
        for day in days {
            let mode = ContactCatalogue.modes.draw(&rng)
            let notes: [String]
            if let moveDay, (moveDay - 60..<moveDay).contains(day), rng.chance(0.5) {
                notes = ContactCatalogue.beforeMoveNotes
            } else if let moveDay, (moveDay...moveDay + 60).contains(day), rng.chance(0.5) {
                notes = ContactCatalogue.afterMoveNotes
            } else if roster.hasChildren, rng.chance(0.15) {
                notes = ContactCatalogue.childNotes
            } else {
                notes = day - welcome < 90 ? ContactCatalogue.earlyNotes : ContactCatalogue.laterNotes
            }
            contacts.append(
                SyntheticContact(
                    date: CalendarDay(daysSinceEpoch: day),
                    mode: mode,
                    minutes: ContactCatalogue.minutes(mode: mode, &rng),
                    note: rng.element(of: notes)
                )
            )
        }
        if timeline.exited {
            contacts.append(
                SyntheticContact(
                    date: CalendarDay(daysSinceEpoch: timeline.plannedEnd),
                    mode: "presentiel",
                    minutes: 5 * rng.int(in: 9...15),
                    note: ContactCatalogue.exitNote
                )
            )
        }
        return contacts
    }
}
