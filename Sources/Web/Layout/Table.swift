import SafeHTML

/// A data table with a caption, column headers and rows whose first cell is a row header.
enum DataTable {
    static func node(caption: String, columns: [String], rows: [[Node<HTML.TableRowContext>]]) -> Node<HTML.BodyContext>
    {
        .table(
            .class("table"),
            .caption(.text(caption)),
            .thead(.tr(.forEach(columns) { .th(.attribute(named: "scope", value: "col"), .text($0)) })),
            .tbody(.forEach(rows) { cells in .tr(.group(cells)) })
        )
    }

    /// A row header cell.
    static func header(_ text: String) -> Node<HTML.TableRowContext> {
        .th(.attribute(named: "scope", value: "row"), .text(text))
    }

    /// A plain cell.
    static func cell(_ text: String) -> Node<HTML.TableRowContext> { .td(.text(text)) }

    /// A cell holding a link.
    static func link(_ text: String, _ path: String, label: String? = nil) -> Node<HTML.TableRowContext> {
        .td(.a(.href(path), .text(text), .unwrap(label) { .attribute(named: "aria-label", value: $0) }))
    }
}

/// A small form with one button that posts to `route` (deactivate, reactivate, reset).
enum ActionButton {
    static func node(_ label: String, route: SiteRoute, csrf: String, secondary: Bool = true) -> Node<HTML.BodyContext>
    {
        .form(
            .method(.post),
            .action(route.path),
            .class("inline-form"),
            CSRFField.node(csrf),
            .button(.type(.submit), .class(secondary ? "button button-secondary" : "button"), .text(label))
        )
    }
}
