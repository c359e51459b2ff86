import Persistence
import TestSupport
import Testing

@Suite("Migrations")
struct MigrationTests {
    @Test func applyAllInOrderThenNothingTheSecondTime() async throws {
        try await TestDatabase.with(migrated: false) { database in
            let migrator = Migrator(database: database)
            let first = try await migrator.migrate(now: TestClock.now)
            #expect(first.map(\.number) == MigrationList.all.map(\.number))
            let second = try await migrator.migrate(now: TestClock.now)
            #expect(second.isEmpty)
            #expect(try await migrator.appliedNumbers() == Set(MigrationList.all.map(\.number)))
        }
    }

    // Helpers working at the same time reserve ranges of numbers, so the list may skip some: it must only increase.
    @Test func migrationNumbersAreUniqueAndIncreasing() {
        let numbers = MigrationList.all.map(\.number)
        #expect(numbers.first == 1)
        #expect(numbers == numbers.sorted() && Set(numbers).count == numbers.count)
        #expect(Set(MigrationList.all.map(\.name)).count == numbers.count)
    }

    @Test func aFailingWriteLeavesNothingBehind() async throws {
        struct Boom: Error {}
        try await TestDatabase.with { database in
            await #expect(throws: Boom.self) {
                try await database.write { sql in
                    try await sql.raw(
                        "INSERT INTO organisations (id, name, kind, departement_codes, active, created_at) VALUES ('x', 'X', 'association', '', \(bind: true), 'now')"
                    ).run()
                    throw Boom()
                }
            }
            let count = try await database.read { sql in
                try await sql.raw("SELECT COUNT(*) AS n FROM organisations").first()?.decode(column: "n", as: Int.self)
            }
            #expect(count == 0)
        }
    }
}
