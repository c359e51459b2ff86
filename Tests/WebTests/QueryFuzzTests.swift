import Domain
import Foundation
import HTTPTypes
import SQLKit
import TestSupport
import Testing
import Web

/// Every page read with huge, negative, fractional, non-numeric, over-long and control-character values in every query
/// parameter the web layer reads, as every role: no 5xx, and the server keeps answering.
@Suite("Paramètres d'adresse hostiles : aucune page ne tombe")
struct QueryFuzzTests {
    static let hostileValues = [
        "9223372036854775807", "-9223372036854775808", "-1", "1.5", "1e308", "abc", "9223372036854775807-01",
        "99999-12-31", "2025-02-29", String(repeating: "9", count: 4_000), "\u{0}x\u{1B}", "%_' OR 1=1 --",
    ]

    /// The query parameter names the web layer reads, found in its sources (`QueryInput` calls and `query("…")`), so
    /// that a parameter added later is fuzzed without editing this test.
    static func parameterNames() throws -> [String] {
        let web = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
            "../../Sources/Web"
        )
        let pattern = try Regex(#"(?:\.text|\.integer|\.page|\.has|\.choice|query|input\.text)\("([a-z_]+)""#)
        var names: Set<String> = ["page"]
        let files = FileManager.default.enumerator(at: web, includingPropertiesForKeys: nil)
        while let file = files?.nextObject() as? URL {
            guard file.pathExtension == "swift" else { continue }
            let source = try String(contentsOf: file, encoding: .utf8)
            for match in source.matches(of: pattern) {
                if let name = match.output[1].substring { names.insert(String(name)) }
            }
        }
        return names.sorted()
    }

    @Test func theParameterListIsFound() throws {
        let names = try Self.parameterNames()
        #expect(names.contains("mois") && names.contains("recherche") && names.contains("page"), "\(names)")
    }

    @Test func theReportedCrashesAnswerAPage() async throws {
        try await TestApp.run { browser, _ in
            try await browser.login(as: .responsable)
            let list = try await browser.get("/menages?page=9223372036854775807")
            #expect(list.status == .ok)
            let report = try await browser.get("/rapport-mensuel?mois=9223372036854775807-01")
            #expect(report.status == .unprocessableContent || report.status == .ok, "\(report.status)")
            #expect(try await browser.get("/accueil").status == .ok)
        }
    }

    @Test(arguments: Role.allCases)
    func noHostileQueryValueErrs(role: Role) async throws {
        let names = try Self.parameterNames()
        try await TestApp.run { browser, app in
            let samples = try await Self.realSamples(app)
            try await browser.login(as: role)
            let routes = SiteRoute.allCases.filter { $0.method == .get && $0 != .logout && $0.policy.admits(role) }
            for route in routes {
                let path = Self.path(route, samples: samples)
                for value in Self.hostileValues {
                    let query = names.map { "\($0)=\(FormData.encode(value))" }.joined(separator: "&")
                    let response = try await browser.get(path + "?" + query)
                    #expect(response.status.code < 500, "\(role.rawValue) GET \(path) avec « \(value.prefix(30)) »")
                }
                // Each parameter alone too (a handler may stop at the first bad one), once per route.
                guard Role.allCases.first(where: { route.policy.admits($0) }) == role else { continue }
                for name in names {
                    let response = try await browser.get(path + "?\(name)=9223372036854775807")
                    #expect(response.status.code < 500, "\(role.rawValue) GET \(path)?\(name)=…")
                }
            }
            #expect(try await browser.get("/accueil").status == .ok)
        }
    }

    /// Real identifiers of the demo for the routes that take one, so that the pages themselves are reached.
    static func realSamples(_ app: TestApp) async throws -> [String: String] {
        try await app.database.read { sql in
            var samples: [String: String] = ["departement": "69", "region": "84"]
            for (key, query) in [
                ("household", "SELECT id FROM households WHERE stage = 'accompagnement' ORDER BY id LIMIT 1"),
                ("person", "SELECT id FROM persons ORDER BY id LIMIT 1"),
                ("referral", "SELECT id FROM referrals ORDER BY id LIMIT 1"),
                ("course", "SELECT id FROM courses ORDER BY id LIMIT 1"),
                ("organisation", "SELECT id FROM organisations ORDER BY id LIMIT 1"),
                ("account", "SELECT id FROM accounts ORDER BY id LIMIT 1"),
            ] {
                if let row = try await sql.raw(SQLQueryString(query)).first() {
                    samples[key] = try row.decode(column: "id", as: String.self)
                }
            }
            return samples
        }
    }

    static func path(_ route: SiteRoute, samples: [String: String]) -> String {
        let sample = { (key: String) in samples[key] ?? SiteRoute.sample }
        let real: SiteRoute =
            switch route {
            case .household: .household(sample("household"))
            case .personPathway: .personPathway(sample("person"))
            case .referral: .referral(sample("referral"))
            case .course: .course(sample("course"))
            case .organisation: .organisation(sample("organisation"))
            case .account: .account(sample("account"))
            case .dashboardDepartement: .dashboardDepartement(sample("departement"))
            case .languageOffer: .languageOffer(sample("departement"))
            case .dashboardRegion: .dashboardRegion(sample("region"))
            case .contractSteeringDepartement: .contractSteeringDepartement(sample("departement"))
            case .contractSteeringRegion: .contractSteeringRegion(sample("region"))
            case .communePage: .communePage("69266")
            case .qpvPage: .qpvPage("QN06913M")
            case .funding(.steeringDepartement): .funding(.steeringDepartement(sample("departement")))
            case .funding(.steeringRegion): .funding(.steeringRegion(sample("region")))
            default: route
            }
        return real.path
    }
}
