import Domain
import Foundation
import Persistence

/// National steering's editions of the Semaine de l'intégration: dates, day themes, highlighted stages.
public struct EditionService: Sendable {
    let environment: ServiceEnvironment

    public init(environment: ServiceEnvironment) { self.environment = environment }

    /// Every edition, latest first (anyone signed in may read them; the public calendar shows them too).
    public func editions() async throws -> [EditionRecord] {
        try await environment.database.read { try await EditionRecords.all(in: $0) }
    }

    /// The edition the public calendar shows by default: the one under way, else the next, else the latest.
    public func current() async throws -> EditionRecord? {
        let editions = try await editions()
        let today = environment.time.todayInMetropolitanFrance()
        let spans = editions.map { (id: $0.id, starts: $0.edition.startsOn, ends: $0.edition.endsOn) }
        guard let id = EditionSchedule.current(spans, today: today) else { return nil }
        return editions.first { $0.id == id }
    }

    /// Creates an edition; returns its identifier.
    @discardableResult
    public func create(_ input: EditionInput, actor: AccountSummary) async throws -> String {
        try await save(id: nil, input, actor: actor)
    }

    /// Changes an edition.
    public func update(id: String, _ input: EditionInput, actor: AccountSummary) async throws {
        _ = try await save(id: id, input, actor: actor)
    }

    private func save(id existing: String?, _ input: EditionInput, actor: AccountSummary) async throws -> String {
        var errors = FieldErrors()
        let valid = input.validate(&errors)
        let id = existing ?? environment.ids.makeIdentifier()
        try await environment.database.write { sql in
            guard NationalSteeringOnly().admits(actor.role) else { throw DomainError.forbidden }
            let before = try await existing.asyncMap { try await EditionRecords.find(id: $0, in: sql) } ?? nil
            if existing != nil && before == nil { throw DomainError.notFound }
            if let valid, try await EditionRecords.yearTaken(valid.year, except: existing, in: sql) {
                errors.add("editionStart", "Une édition \(valid.year) existe déjà.")
            }
            guard errors.isEmpty, let valid else { throw DomainError.invalid(errors) }
            if existing == nil {
                try await EditionRecords.insert(
                    id: id,
                    valid,
                    accountID: actor.id,
                    at: environment.time.now(),
                    in: sql
                )
            } else {
                try await EditionRecords.update(id: id, valid, at: environment.time.now(), in: sql)
            }
            try await environment.audit(
                existing == nil ? .eventEditionCreated : .eventEditionUpdated,
                recordType: "edition_semaine",
                id: id,
                before: before.map(Self.auditFields) ?? [:],
                after: Self.auditFields(EditionRecord(id: id, edition: valid)),
                actor: actor,
                in: sql
            )
        }
        return id
    }

    static func auditFields(_ record: EditionRecord) -> [String: String?] {
        [
            "intitule": record.edition.title, "debut": record.edition.startsOn.iso, "fin": record.edition.endsOn.iso,
            "etapes": EventTheme.stored(record.edition.highlightedStages),
            "themes_des_jours": record.edition.dayThemes.sorted { $0.key < $1.key }.map {
                "\($0.key.iso)=\($0.value.rawValue)"
            }.joined(separator: ","),
        ]
    }
}

extension Optional {
    /// Maps the wrapped value with an asynchronous function.
    func asyncMap<T>(_ transform: (Wrapped) async throws -> T) async rethrows -> T? {
        guard let self else { return nil }
        return try await transform(self)
    }
}
