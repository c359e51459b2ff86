import Domain
import Foundation
import Persistence
import SampleData
import Services
import TestSupport
import Testing

@Suite("Tableaux de bord : pages, masquage des petits effectifs, exports")
struct DashboardPagesTests {
    @Test func eachSteeringRoleLandsOnItsOwnTerritory() async throws {
        try await TestApp.run { browser, _ in
            try await browser.login(as: .prefecture)
            #expect(try await browser.get("/pilotage").location == "/pilotage/departements/69")
            try await browser.post("/deconnexion", form: [])
            try await browser.login(as: .dreets)
            #expect(try await browser.get("/pilotage").location == "/pilotage/regions/84")
            try await browser.post("/deconnexion", form: [])
            try await browser.login(as: .national)
            #expect(try await browser.get("/pilotage").location == "/pilotage/france")
            #expect(try await browser.get("/pilotage/departements/00").status == .notFound)
        }
    }

    @Test func theNationalPageMapsTheChosenIndicatorAndComparesRegions() async throws {
        try await TestApp.run { browser, app in
            try await DemoCasework(environment: app.services).load()
            try await browser.login(as: .national)
            let page = try await browser.get("/pilotage/france?periode=12m&indicateur=AGIR_ORIENTATIONS")
            #expect(page.status == .ok)
            #expect(page.text.contains("Carte : Orientations vers AGIR"))
            // The key figures show the nation's total, not the sum of no parts.
            let referrals = try #require(
                page.text.firstMatch(of: /Orientations vers AGIR<\/a><\/th><td class="numeric">([^<]+)</)?.1
            )
            #expect(referrals != "0")
            #expect(page.text.contains("role=\"group\""))
            #expect(page.text.contains("Rhône (69)"))
            #expect(page.text.contains("Comparaison par région"))
            let link = page.text.firstMatch(of: /<th scope="row"><a href="([^"]*regions\/84[^"]*)"/).map {
                String($0.1)
            }
            #expect(link == "/pilotage/regions/84?periode=12m&amp;indicateur=AGIR_ORIENTATIONS")
            let sorted = try await browser.get("/pilotage/france?periode=12m&tri=AGIR_ORIENTATIONS")
            #expect(sorted.text.contains("aria-sort=\"descending\""))
            // Auvergne-Rhône-Alpes has every demo referral: it comes first once sorted.
            let rows = sorted.text.matches(of: /<tr><th scope="row"><a href="\/pilotage\/regions\/(\d+)/).map {
                String($0.1)
            }
            #expect(rows.first == "84")
        }
    }

    @Test func smallCountsAreHiddenWithTheirComplementInThePageAndTheExports() async throws {
        try await TestApp.run { browser, app in
            try await DemoCasework(environment: app.services).load()
            try await browser.login(as: .prefecture)
            let page = try await browser.get("/pilotage/departements/69?periode=12m")
            #expect(page.status == .ok)
            // Four declined referrals, and fewer than five exits for each reason: nothing under 5 is shown.
            // The number of départements covered identifies no one: it is the only count left as it is.
            let personal = page.text.replacing(
                /Départements couverts par AGIR<\/a><\/th><td class="numeric">\d+/,
                with: ""
            )
            let cells = personal.matches(of: /<td class="numeric">(?:<strong>)?([^<]+)</).map { String($0.1) }
            #expect(!cells.isEmpty)
            for cell in cells {
                if let number = Int(cell.replacingOccurrences(of: "\u{202F}", with: "")) {
                    #expect(number == 0 || number >= 5, "effectif \(number) affiché")
                }
            }
            #expect(page.text.contains("&lt; 5"))
            let csv = try await browser.get("/pilotage/departements/69?periode=12m&format=csv")
            #expect(csv.headers[.contentType] == "text/csv; charset=utf-8")
            #expect(csv.text.contains("Opérateur;Orientations vers AGIR"))
            let xlsx = try await browser.get("/pilotage/departements/69?periode=12m&format=xlsx")
            #expect(xlsx.headers[.contentType] == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
            #expect(xlsx.body.readableBytes > 1_000)
        }
    }

    @Test(.enabled(if: LibreOffice.executable != nil, "LibreOffice (soffice) n'est pas installé"))
    func theWorkbookOpensInLibreOfficeWithTheSameNumbers() async throws {
        try await TestApp.run { browser, app in
            try await DemoCasework(environment: app.services).load()
            try await browser.login(as: .national)
            let csv = try await browser.get("/pilotage/regions/84?periode=12m&format=csv")
            let xlsx = try await browser.get("/pilotage/regions/84?periode=12m&format=xlsx")
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("parcours-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: folder) }
            let workbook = folder.appendingPathComponent("tableau.xlsx")
            try Data(buffer: xlsx.body).write(to: workbook)
            let converted = try LibreOffice.convertToCSV(workbook, in: folder)
            // The Rhône's referrals as the page's CSV gives them, and as LibreOffice reads the workbook: a number.
            let rhone = try #require(csv.text.split(separator: "\r\n").first { $0.hasPrefix("Rhône;") })
            let referrals = String(rhone.split(separator: ";")[1]).replacingOccurrences(of: "\u{202F}", with: "")
            #expect(Int(referrals) != nil)
            #expect(converted.contains("\"Rhône\",\(referrals),"))
        }
    }

    @Test func theOpenDataPageIsPublicAndHidesSmallCounts() async throws {
        try await TestApp.run { browser, app in
            try await DemoCasework(environment: app.services).load()
            let page = try await browser.get("/donnees-ouvertes?periode=12m&tri=AGIR_ORIENTATIONS")
            #expect(page.status == .ok)
            #expect(page.text.contains("Rhône (69)"))
            let cells = page.text.matches(of: /<td class="numeric">(?:<strong>)?([^<]+)</).map { String($0.1) }
            #expect(!cells.isEmpty)
            for cell in cells {
                if let number = Int(cell.replacingOccurrences(of: "\u{202F}", with: "")) {
                    #expect(number == 0 || number >= 5, "effectif \(number) publié")
                }
            }
            let csv = try await browser.get("/donnees-ouvertes?periode=12m&format=csv")
            #expect(csv.headers[.contentType] == "text/csv; charset=utf-8")
            #expect(csv.text.contains("Rhône (69);"))
        }
    }
}
