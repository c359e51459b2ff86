import Domain
import Persistence
import Services
import TestSupport
import Testing

/// A member's details, residence titles and merges, called directly.
@Suite("Fiche d'une personne")
struct PersonDetailsServiceTests {
    @Test func detailsAreCheckedFieldByFieldAndTitlesHaveSensibleDates() async throws {
        try await CaseworkFixture.run { fixture in
            let (household, person) = try await fixture.household()
            let details = PersonDetailsService(environment: fixture.environment)
            var input = PersonDetailsInput()
            input.phone = "12"
            input.languages = String(repeating: "dari ", count: 40)
            let error = await #expect(throws: DomainError.self) {
                try await details.save(
                    householdID: household,
                    personID: person,
                    input: input,
                    actor: fixture.caseworker
                )
            }
            guard case .invalid(let errors) = error else {
                Issue.record("\(String(describing: error))")
                return
            }
            #expect(errors["phone"] != nil)
            #expect(errors["languages"]?.contains("120 caractères au plus") == true)
            for (from, to, field) in [
                ("2099-01-01", "", "titleFrom"), ("2026-01-01", "2025-01-01", "titleTo"),
                ("2026-01-01", "2060-01-01", "titleTo"),
            ] {
                let refused = await #expect(throws: DomainError.self) {
                    try await details.addTitle(
                        householdID: household,
                        personID: person,
                        kind: ResidenceTitleKind.receipt.rawValue,
                        from: from,
                        to: to,
                        actor: fixture.caseworker
                    )
                }
                guard case .invalid(let titleErrors) = refused else {
                    Issue.record("\(from) \(to)")
                    continue
                }
                #expect(titleErrors[field] != nil, "\(from) \(to)")
            }
            await #expect(throws: DomainError.notFound) {
                try await details.save(
                    householdID: household,
                    personID: "inconnue",
                    input: PersonDetailsInput(),
                    actor: fixture.caseworker
                )
            }
        }
    }

    @Test func aDuplicateIsMergedIntoAMemberAndBackAgain() async throws {
        try await CaseworkFixture.run { fixture in
            let (household, person) = try await fixture.household(names: "HAIDARI Zahra", birthYear: 1988)
            let (_, duplicate) = try await fixture.household(names: "HAIDARY Zahra", birthYear: 1988)
            let details = PersonDetailsService(environment: fixture.environment)
            let candidates = try await details.possibleDuplicates(
                householdID: household,
                personID: person,
                actor: fixture.caseworker
            )
            #expect(candidates.contains { $0.candidate.personID == duplicate })
            try await details.merge(
                householdID: household,
                personID: person,
                duplicateID: duplicate,
                actor: fixture.caseworker
            )
            #expect(try await fixture.count("persons", where: "merged_into = '\(person)'") == 1)
            await #expect(throws: DomainError.self) {
                try await details.merge(
                    householdID: household,
                    personID: person,
                    duplicateID: duplicate,
                    actor: fixture.caseworker
                )
            }
            try await details.unmerge(householdID: household, duplicateID: duplicate, actor: fixture.caseworker)
            #expect(try await fixture.count("persons", where: "merged_into = '\(person)'") == 0)
        }
    }
}
