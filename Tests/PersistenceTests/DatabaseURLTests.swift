import Persistence
import Testing

@Suite("URL de base de données")
struct DatabaseURLTests {
    @Test func sqliteFilesAndMemory() throws {
        #expect(try DatabaseURL.parse("sqlite://var/parcours.sqlite").get() == .sqliteFile(path: "var/parcours.sqlite"))
        #expect(try DatabaseURL.parse("sqlite:///srv/p.sqlite").get() == .sqliteFile(path: "/srv/p.sqlite"))
        #expect(try DatabaseURL.parse("sqlite::memory:").get() == .sqliteMemory)
    }

    @Test func postgresNeedsAHostAndADatabase() throws {
        #expect(
            try DatabaseURL.parse("postgres://u@127.0.0.1:5432/parcours").get()
                == .postgres(url: "postgres://u@127.0.0.1:5432/parcours")
        )
        #expect(throws: DatabaseURLError.self) { try DatabaseURL.parse("postgres://127.0.0.1").get() }
    }

    @Test func otherSchemesAreRefusedWithAFrenchMessage() {
        guard case .failure(let error) = DatabaseURL.parse("mysql://x/y") else {
            Issue.record("mysql accepted")
            return
        }
        #expect(error.message.contains("ni sqlite://"))
    }

    @Test func passwordsAreHiddenInLogs() {
        #expect(DatabaseURL.postgres(url: "postgres://u:secret@h:5432/d").redacted == "postgres://u:***@h:5432/d")
    }
}
