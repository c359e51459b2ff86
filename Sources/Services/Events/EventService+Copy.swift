import Domain
import Foundation
import Persistence

extension EventService {
    /// Copies, as drafts of `editionID`, the events of the previous edition held or published in the prefecture's
    /// départements: same content, shifted by the gap between the two editions' first days (kept inside the new
    /// edition). Events already copied are skipped; returns how many were copied.
    @discardableResult
    public func copyPreviousEdition(into editionID: String, actor: AccountSummary) async throws -> Int {
        try await environment.database.write { sql in
            guard PrefectureAgentsOnly().admits(actor.role) else { throw DomainError.forbidden }
            let editions = try await EditionRecords.all(in: sql)
            guard let target = editions.first(where: { $0.id == editionID }) else { throw DomainError.notFound }
            guard
                let source = editions.filter({ $0.edition.startsOn < target.edition.startsOn })
                    .max(by: { $0.edition.startsOn < $1.edition.startsOn })
            else { throw DomainError.conflict("Il n'y a pas d'édition précédente à copier.") }
            let shift = source.edition.startsOn.days(to: target.edition.startsOn)
            var copied = 0
            for departement in EventAccess.departements(of: actor) {
                let events = try await EventRecords.published(editionID: source.id, departement: departement, in: sql)
                let already = Set(try await EventRecords.copiedFrom(editionID: target.id, in: sql))
                for record in events where record.state != .cancelled && !already.contains(record.id) {
                    let moved = EventCopy.shifted(
                        record.event,
                        byDays: shift,
                        into: (target.edition.startsOn, target.edition.endsOn),
                        zone: LocalTime.departement(departement)
                    )
                    try await EventRecords.insert(
                        id: environment.ids.makeIdentifier(),
                        editionID: target.id,
                        departement: departement,
                        organisationID: record.organisationID,
                        accountID: actor.id,
                        state: .draft,
                        moved,
                        copiedFrom: record.id,
                        at: environment.time.now(),
                        in: sql
                    )
                    copied += 1
                }
            }
            try await environment.audit(
                .eventsCopied,
                recordType: "edition_semaine",
                id: target.id,
                before: [:],
                after: ["depuis": source.id, "evenements": String(copied)],
                actor: actor,
                in: sql
            )
            return copied
        }
    }
}
