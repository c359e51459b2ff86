import SafeHTML

/// A page of a longer list: which page, how many per page, how many in all.
struct Page: Sendable, Equatable {
    let number: Int
    let size: Int
    let total: Int

    /// The page asked for (already bounded by `QueryInput.page`), clamped to the pages that exist.
    init(requested: Int, size: Int, total: Int) {
        self.size = size
        self.total = total
        let last = max(1, (total + size - 1) / size)
        self.number = min(max(1, requested), last)
    }

    var pageCount: Int { max(1, (total + size - 1) / size) }
    var offset: Int { (number - 1) * size }
    var range: Range<Int> { offset..<min(total, offset + size) }
}

/// Previous / next links with "page N sur M", keeping the other query parameters.
enum Pagination {
    static func node(_ page: Page, route: SiteRoute, query: [(String, String)]) -> Node<HTML.BodyContext> {
        guard page.pageCount > 1 else { return .empty }
        func link(_ number: Int) -> String { route.path(query: query + [("page", String(number))]) }
        return .nav(
            .class("pagination"),
            .attribute(named: "aria-label", value: "Pagination"),
            .ul(
                .if(
                    page.number > 1,
                    .li(
                        .a(
                            .href(link(page.number - 1)),
                            .attribute(named: "rel", value: "prev"),
                            .text("Page précédente")
                        )
                    )
                ),
                .li(
                    .attribute(named: "aria-current", value: "page"),
                    .text("Page \(page.number) sur \(page.pageCount)")
                ),
                .if(
                    page.number < page.pageCount,
                    .li(
                        .a(
                            .href(link(page.number + 1)),
                            .attribute(named: "rel", value: "next"),
                            .text("Page suivante")
                        )
                    )
                )
            )
        )
    }
}
