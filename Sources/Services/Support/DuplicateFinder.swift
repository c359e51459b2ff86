import Domain
import Persistence
import SQLKit

/// Finds the people already recorded in a département who may be the person being entered.
public struct DuplicateFinder: Sendable {
    let environment: ServiceEnvironment

    public init(environment: ServiceEnvironment) { self.environment = environment }

    /// A possible duplicate with the reasons the matcher gives.
    public struct Duplicate: Sendable, Equatable {
        public let candidate: DuplicateCandidate
        public let score: MatchScore
    }

    /// People of the département whose names (or AGDREF number) make them possibly the same person, likeliest first.
    public func candidates(for person: PersonInput.Valid, departement: String) async throws -> [Duplicate] {
        try await environment.database.read { try await Self.candidates(for: person, departement: departement, in: $0) }
    }

    /// The same, inside the caller's read or transaction.
    static func candidates(
        for person: PersonInput.Valid,
        departement: String,
        in sql: any SQLDatabase
    ) async throws -> [Duplicate] {
        let candidates = try await PersonQueries.candidates(
            keys: person.name.searchKeys,
            agdref: person.agdref,
            departement: departement,
            in: sql
        )
        let entered = NameCandidate(
            id: "nouveau",
            names: person.name.spellings,
            birthYear: person.birthYear,
            birthMonth: person.birthMonth,
            birthDay: person.birthDay,
            identifiers: person.agdref.map { ["agdref": $0] } ?? [:]
        )
        return candidates.map { candidate in
            let existing = NameCandidate(
                id: candidate.personID,
                names: [candidate.documentNames, candidate.usualNames].filter { !$0.isEmpty },
                birthYear: candidate.birthYear,
                birthMonth: candidate.birthMonth,
                birthDay: candidate.birthDay,
                identifiers: candidate.agdref.map { ["agdref": $0] } ?? [:]
            )
            return Duplicate(candidate: candidate, score: PersonNameMatcher.score(entered, existing))
        }
        .filter { $0.score.verdict != .unlikely }
        .sorted { $0.score.value > $1.score.value }
    }
}
