import Domain
import Persistence
import Services
import TestSupport
import Testing

@Suite("Secret de plateforme et pseudonymes")
struct PlatformSecretTests {
    @Test func theSaltIsCreatedOnceAndItsValueNeverAudited() async throws {
        try await TestEnvironment.withEmpty { environment, _ in
            let first = try await environment.platformSecret(named: StatisticalExtractService.saltName)
            let second = try await environment.platformSecret(named: StatisticalExtractService.saltName)
            #expect(first.count == 32)
            #expect(first == second)
            let events = try await environment.database.read {
                try await AuditRecords.chain(after: 0, limit: 1_000, in: $0)
            }.filter { $0.action == AuditAction.platformSecretCreated.rawValue }
            #expect(events.count == 1)
            let stored = try await environment.database.read {
                try await PlatformSecretRecords.value(named: StatisticalExtractService.saltName, in: $0)
            }
            #expect(events.allSatisfy { !$0.changes.contains(stored ?? "-") })
        }
    }

    @Test func aSecondInsertKeepsTheFirstValue() async throws {
        try await TestEnvironment.withEmpty { environment, _ in
            try await environment.database.write { sql in
                try await PlatformSecretRecords.insertIfAbsent(name: "s", value: "aa", at: TestClock.now, in: sql)
                try await PlatformSecretRecords.insertIfAbsent(name: "s", value: "bb", at: TestClock.now, in: sql)
            }
            #expect(try await environment.platformSecret(named: "s") == [0xAA])
        }
    }

    @Test func pseudonymsDependOnTheSaltAndTheKindOfRecord() {
        let salt = [UInt8](repeating: 7, count: 32)
        let pseudonymiser = Pseudonymiser(salt: salt)
        #expect(pseudonymiser.person("abc") == Pseudonymiser(salt: salt).person("abc"))
        #expect(pseudonymiser.person("abc") != pseudonymiser.person("abd"))
        #expect(pseudonymiser.person("abc") != pseudonymiser.household("abc"))
        #expect(pseudonymiser.person("abc") != Pseudonymiser(salt: [UInt8](repeating: 8, count: 32)).person("abc"))
        #expect(pseudonymiser.person("abc").allSatisfy { $0.isHexDigit })
    }
}
