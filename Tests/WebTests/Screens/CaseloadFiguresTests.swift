import Domain
import Foundation
import SampleData
import Services
import TestSupport
import Testing

@Suite("Liste des ménages : des chiffres justes (échéances, orientations, charges)")
struct CaseloadFiguresTests {
    /// The rows of a caseload page: the household's name and the text of each of its cells.
    static func rows(_ html: String) -> [(name: String, cells: [String])] {
        html.matches(of: /<tr><th scope="row"><a href="\/menages\/[^"]+">([^<]+)<\/a><\/th>(.*?)<\/tr>/).map { row in
            (
                String(row.1),
                String(row.2).matches(of: /<td[^>]*>([^<]*)<\/td>/).map {
                    String($0.1).replacingOccurrences(of: "&#39;", with: "'").replacingOccurrences(
                        of: "&apos;",
                        with: "'"
                    )
                }
            )
        }
    }

    /// Every row of a list, over all its pages.
    static func allRows(_ browser: Browser, _ query: String) async throws -> [(name: String, cells: [String])] {
        let first = try await browser.get("/menages?" + query).text
        let pages = first.firstMatch(of: /page 1 sur (\d+)<\/caption>/).flatMap { Int($0.1) } ?? 1
        var rows = Self.rows(first)
        if pages > 1 {
            for page in 2...pages { rows += Self.rows(try await browser.get("/menages?\(query)&page=\(page)").text) }
        }
        return rows
    }

    @Test func theContractColumnAndTheLateFilterAgreeOnTheDemo() async throws {
        try await TestApp.run { browser, app in
            try await DemoCasework(environment: app.services).load()
            try await browser.login(as: .responsable)
            let all = try await Self.allRows(browser, "tous=1")
            #expect(all.count > 30)
            let lateInColumn = Set(all.filter { $0.cells.last?.hasPrefix("Échéance dépassée") == true }.map(\.name))
            let filtered = try await Self.allRows(browser, "tous=1&echeance=contrat_depasse")
            #expect(Set(filtered.map(\.name)) == lateInColumn)
            // A signed or exited household is never late.
            for row in all where row.cells.last?.hasPrefix("Signé le") == true || row.cells.last == "Non signé (sorti)"
            {
                #expect(!lateInColumn.contains(row.name))
            }
            #expect(all.contains { $0.cells.last?.hasPrefix("Signé le") == true })
            let soon = try await Self.allRows(browser, "tous=1&echeance=contrat_30_jours")
            let soonInColumn = all.filter {
                $0.cells.last?.hasPrefix("À signer avant") == true || $0.cells.last == "À signer aujourd'hui"
            }
            #expect(Set(soon.map(\.name)).isSubset(of: Set(soonInColumn.map(\.name))))
        }
    }

    @Test func pendingAndDeclinedReferralsAreNotHouseholdsOfTheCaseload() async throws {
        try await TestApp.run { browser, app in
            try await DemoCasework(environment: app.services).load()
            try await browser.login(as: .responsable)
            let rows = try await Self.allRows(browser, "tous=1")
            let names = Set(rows.map(\.name))
            // HAKIMI Farid is pending, BAKARI Amani declined (DemoCasework).
            #expect(!names.contains("HAKIMI Farid"))
            #expect(!names.contains("BAKARI Amani"))
            #expect(!rows.contains { $0.cells.count > 2 && $0.cells[2] == "Non affecté" })
            #expect(names.contains("TESFAY Selam"))
        }
    }

    @Test func aManagerCountsWelcomedHouseholdsPerCaseworkerAndOpensEachCaseload() async throws {
        try await TestApp.run { browser, app in
            try await DemoCasework(environment: app.services).load()
            // Amina is assigned to Camille Martin but not welcomed yet: she is not in the caseload count.
            _ = try await CaseworkFlowTests.assignedHousehold(browser)
            try await browser.post("/deconnexion", form: [])
            try await browser.login(as: .responsable)
            let page = try await browser.get("/menages").text
            #expect(!page.contains("Voir seulement mes ménages"), "a manager follows no household")
            let link = try #require(
                page.firstMatch(
                    of: /<a href="(\/menages\?referent=[^"]+)">Camille Martin<\/a><\/th><td class="numeric">(\d+)<\/td>/
                )
            )
            let welcomed = try await app.services.database.read { sql in
                try await sql.raw(
                    """
                    SELECT COUNT(*) AS n FROM households
                    WHERE stage = 'accompagnement' AND welcome_interview_on IS NOT NULL
                    """
                ).first()?.decode(column: "n", as: Int.self)
            }
            #expect(Int(link.2) == welcomed)
            let toWelcome = try await app.services.database.read { sql in
                try await sql.raw(
                    "SELECT COUNT(*) AS n FROM households WHERE stage = 'accompagnement' AND welcome_interview_on IS NULL"
                ).first()?.decode(column: "n", as: Int.self)
            }
            #expect((toWelcome ?? 0) > 0, "the demo has households still to welcome, left out of the count")
            let caseload = try await browser.get(String(link.1).replacingOccurrences(of: "&amp;", with: "&")).text
            #expect(caseload.contains("Ménages suivis par Camille Martin"))
            #expect(caseload.contains("Voir tous les ménages de l&#39;organisation"))
        }
    }
}
