import Domain
import Testing

struct RetentionRuleTests {
    @Test(arguments: [
        ("2024-03-10", "2026-03-10"),
        ("2024-02-29", "2026-02-28"),
        ("2023-02-28", "2025-02-28"),
        ("2022-03-01", "2024-03-01"),
        ("2026-02-28", "2028-02-28"),
        ("2024-12-31", "2026-12-31"),
    ])
    func anonymisationIsDueTwoYearsAfterTheLastContact(lastContact: String, due: String) {
        #expect(RetentionRule.anonymisationDue(lastContact: day(lastContact)) == day(due))
    }

    @Test(arguments: [
        // One day before, on, and one day after the two years.
        ("2024-03-10", "2026-03-09", false),
        ("2024-03-10", "2026-03-10", true),
        ("2024-03-10", "2026-03-11", true),
        // Last contact on 29 February: due on 28 February of the common year.
        ("2024-02-29", "2026-02-27", false),
        ("2024-02-29", "2026-02-28", true),
        ("2024-02-29", "2026-03-01", true),
        // The two years span a 29 February.
        ("2022-03-01", "2024-02-29", false),
        ("2022-03-01", "2024-03-01", true),
        ("2026-02-28", "2028-02-27", false),
        ("2026-02-28", "2028-02-28", true),
        // Recent or future contacts.
        ("2024-03-10", "2024-03-10", false),
        ("2024-03-10", "2023-01-01", false),
    ])
    func dueFromTheAnniversaryIncluded(lastContact: String, today: String, due: Bool) {
        #expect(RetentionRule.isDue(lastContact: day(lastContact), today: day(today)) == due)
    }
}
