import Domain
import Foundation
import TestSupport

/// Signs in as each demo role and follows every same-site link of the pages it reads, breadth first, keeping the
/// HTML of each page: at most `perPattern` pages per route pattern (ids and query values aside) and `limit` pages
/// per role, so that the crawl covers every kind of page without reading every household.
enum SiteCrawler {
    /// The pages read, by "role path".
    static func crawl(
        _ browser: Browser,
        also extra: [String] = [],
        perPattern: Int = 2,
        limit: Int = 80
    ) async throws -> [String: String] {
        var pages: [String: String] = [:]
        for role in Role.allCases {
            try await browser.login(as: role)
            var queue = ["/accueil"] + extra
            var seen = Set(queue)
            var perPatternCount: [String: Int] = [:]
            var read = 0
            while !queue.isEmpty, read < limit {
                let path = queue.removeFirst()
                let response = try await browser.get(path)
                guard response.status == .ok, response.headers[.contentType]?.hasPrefix("text/html") == true else {
                    continue
                }
                read += 1
                let html = response.text
                pages["\(role.rawValue) \(path)"] = html
                // Sorted, so that rows listed in another order (equal names sort as the engine likes) pick the same pages.
                for link in links(in: html).sorted() where !seen.contains(link) {
                    seen.insert(link)
                    let key = pattern(link)
                    guard perPatternCount[key, default: 0] < perPattern else { continue }
                    perPatternCount[key, default: 0] += 1
                    queue.append(link)
                }
            }
            try await browser.post("/deconnexion", form: [])
        }
        return pages
    }

    /// The same-site page links of a page (no downloads, files, feeds or API). The audit journal is left out: it
    /// lists the crawl's own audited reads, so it changes from one reading to the next and cannot be compared.
    static func links(in html: String) -> [String] {
        html.matches(of: /href="(\/[^"#]*)/).map { String($0.1).replacingOccurrences(of: "&amp;", with: "&") }
            .filter { link in
                !link.hasPrefix("//") && !link.hasPrefix("/static/") && !link.hasPrefix("/api/")
                    && !link.hasPrefix("/agenda/") && !link.hasPrefix("/deconnexion") && !link.hasPrefix("/metrics")
                    && link.split(separator: "?")[0] != "/audit"
                    && ![".csv", ".json", ".xlsx", ".yaml"].contains { link.split(separator: "?")[0].hasSuffix($0) }
            }
    }

    /// A link with its identifiers and query values left out: "/menages/:id?personne".
    static func pattern(_ link: String) -> String {
        let parts = link.split(separator: "?", maxSplits: 1)
        let path = parts[0].split(separator: "/").map { segment in
            segment.count >= 16 || segment.contains(where: \.isNumber) ? ":id" : String(segment)
        }.joined(separator: "/")
        let keys = parts.count > 1 ? parts[1].split(separator: "&").map { $0.split(separator: "=")[0] }.sorted() : []
        return path + (keys.isEmpty ? "" : "?" + keys.joined(separator: "&"))
    }
}
