import Domain
import Foundation
import Persistence
import SampleData
import Services
import TestSupport
import Testing

@Suite("Extrait statistique : téléchargement par le pilotage national")
struct StatisticalExtractDownloadTests {
    @Test func theNationalSteeringDownloadsTheCSVWithoutAnyNameOrBirthDate() async throws {
        try await TestApp.run { browser, app in
            try await DemoCasework(environment: app.services).load()
            try await browser.login(as: .national)
            let page = try await browser.get("/pilotage/france")
            #expect(page.text.contains("href=\"/pilotage/france/extrait-statistique.csv\""))
            let file = try await browser.get("/pilotage/france/extrait-statistique.csv")
            #expect(file.status == .ok)
            #expect(file.headers[.contentType] == "text/csv; charset=utf-8")
            #expect(
                file.headers[.contentDisposition]
                    == "attachment; filename=\"parcours-extrait-statistique-2026-11-27.csv\""
            )
            #expect(Array(file.body.readableBytesView.prefix(3)) == [0xEF, 0xBB, 0xBF])
            let lines = file.text.dropFirst().split(separator: "\r\n")
            #expect(lines.first == Substring(StatisticalExtract.header.joined(separator: ";")))
            let today = TestClock.today
            let (inSupport, persons) = try await app.database.read { sql in
                (
                    try await StatisticalExtractQueries.count(on: today, in: sql),
                    try await sql.raw(
                        "SELECT document_names, usual_names, birth_year, birth_month, birth_day FROM persons"
                    ).all()
                )
            }
            #expect(inSupport > 0)
            #expect(lines.count == inSupport + 1)
            for person in persons {
                for column in ["document_names", "usual_names"] {
                    let name = try person.decode(column: column, as: String.self)
                    if !name.isEmpty { #expect(!file.text.contains(name), "nom dans l'extrait : \(name)") }
                }
                let birth = PartialBirthDate(
                    year: try person.decode(column: "birth_year", as: Int.self),
                    month: try person.decode(column: "birth_month", as: Int?.self),
                    day: try person.decode(column: "birth_day", as: Int?.self)
                )
                if let birth, birth.day != nil {
                    #expect(
                        !file.text.contains(birth.iso) && !file.text.contains(birth.french),
                        "naissance : \(birth.iso)"
                    )
                }
            }
            let events = try await app.database.read { try await AuditRecords.chain(after: 0, limit: 10_000, in: $0) }
                .filter { $0.action == AuditAction.statisticalExtract.rawValue }
            #expect(events.count == 1)
            #expect(events.first?.accountEmail == DemoDepartement.email(for: .national))
            #expect(events.first?.changes.contains("\"after\":\"\(inSupport)\"") == true)
        }
    }

    @Test func aPrefectureIsRefusedTheExtractAndDoesNotSeeItsLink() async throws {
        try await TestApp.run { browser, app in
            try await browser.login(as: .prefecture)
            #expect(try await browser.get("/pilotage/france/extrait-statistique.csv").status == .forbidden)
            let page = try await browser.get("/pilotage/france")
            #expect(page.status == .ok)
            #expect(!page.text.contains("extrait-statistique"))
            let events = try await app.database.read { try await AuditRecords.chain(after: 0, limit: 10_000, in: $0) }
            #expect(!events.contains { $0.action == AuditAction.statisticalExtract.rawValue })
        }
    }
}
