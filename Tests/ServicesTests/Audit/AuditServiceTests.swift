import Domain
import Foundation
import Persistence
import Services
import TestSupport
import Testing

/// The data protection officer's search and export of the audit log, called directly.
@Suite("Lecture du journal d'audit")
struct AuditServiceTests {
    /// Appends `count` events by `actor` at `instant`, in one transaction.
    static func append(
        _ count: Int,
        by actor: AccountSummary?,
        at instant: Date,
        _ environment: ServiceEnvironment
    ) async throws {
        try await environment.database.write { sql in
            for index in 0..<count {
                let entry = AuditEntry(
                    actor: actor,
                    action: "essai",
                    recordType: "essai",
                    recordID: String(index),
                    changes: []
                )
                try await environment.appendAudit(entry, at: instant, in: sql)
            }
        }
    }

    @Test func theExportHandsOverEveryEventAPageAtATimeInOrder() async throws {
        try await TestEnvironment.withDemo(secondFactorRequired: false) { environment, time in
            let dpo = try await TestEnvironment.signIn(.dpo, environment)
            let count = AuditService.exportPageSize * 2 + 17
            try await Self.append(count, by: dpo, at: time.now(), environment)
            var sequence: [Int] = []
            var largest = 0
            let total = try await AuditService(environment: environment).export(
                AuditFilter(action: "essai"),
                viewer: dpo
            ) { events in
                largest = max(largest, events.count)
                sequence += events.map(\.seq)
            }
            #expect(total == count)
            #expect(sequence.count == count)
            #expect(sequence == sequence.sorted())
            #expect(Set(sequence).count == count)
            #expect(largest == AuditService.exportPageSize)
        }
    }

    @Test func anOperatorsOfficerReadsOnlyItsOwnAccountsEventsAndOthersNothing() async throws {
        try await TestEnvironment.withDemo(secondFactorRequired: false) { environment, time in
            let dpo = try await TestEnvironment.signIn(.dpo, environment)
            let prefecture = try await TestEnvironment.signIn(.prefecture, environment)
            try await Self.append(3, by: dpo, at: time.now(), environment)
            try await Self.append(2, by: prefecture, at: time.now(), environment)
            try await Self.append(1, by: nil, at: time.now(), environment)
            let service = AuditService(environment: environment)
            let found = try await service.search(AuditFilter(action: "essai"), viewer: dpo, page: 1, size: 50)
            #expect(found.total == 3)
            #expect(found.events.allSatisfy { $0.organisationID == dpo.organisationID })
            var exported = 0
            try await service.export(AuditFilter(action: "essai"), viewer: dpo) { exported += $0.count }
            #expect(exported == 3)
            // A filter naming another organisation is overruled by the viewer's reach.
            var other = AuditFilter(action: "essai")
            other.organisationID = prefecture.organisationID
            #expect(try await service.search(other, viewer: dpo, page: 1, size: 50).total == 3)
            await #expect(throws: DomainError.forbidden) {
                try await service.search(AuditFilter(), viewer: prefecture, page: 1, size: 50)
            }
            await #expect(throws: DomainError.forbidden) {
                try await service.export(AuditFilter(), viewer: prefecture) { _ in }
            }
        }
    }

    @Test func aDayIsTheViewersLocalDay() async throws {
        try await TestEnvironment.withDemo(secondFactorRequired: false) { environment, _ in
            let dpo = try await TestEnvironment.signIn(.dpo, environment)
            // 23:30 UTC on 1 March is 00:30 on 2 March in Paris (UTC+1 in winter).
            let instant = try #require(Timestamp.parse("2026-03-01T23:30:00Z"))
            try await Self.append(1, by: dpo, at: instant, environment)
            let service = AuditService(environment: environment)
            let onFirst = try await service.search(
                AuditFilter(action: "essai", from: "2026-03-01", to: "2026-03-01"),
                viewer: dpo,
                page: 1,
                size: 50
            )
            let onSecond = try await service.search(
                AuditFilter(action: "essai", from: "2026-03-02", to: "2026-03-02"),
                viewer: dpo,
                page: 1,
                size: 50
            )
            #expect(onFirst.total == 0)
            #expect(onSecond.total == 1)
        }
    }

    @Test func aPagePastTheLastShowsTheLast() async throws {
        try await TestEnvironment.withDemo(secondFactorRequired: false) { environment, time in
            let dpo = try await TestEnvironment.signIn(.dpo, environment)
            try await Self.append(5, by: dpo, at: time.now(), environment)
            let found = try await AuditService(environment: environment).search(
                AuditFilter(action: "essai"),
                viewer: dpo,
                page: 9_999,
                size: 2
            )
            #expect(found.page == 3)
            #expect(found.events.count == 1)
        }
    }
}
