import SafeHTML

extension ChoroplethMap {
    /// The SVG image, with ids prefixed by `idPrefix` (other characters than ASCII letters, digits, `-` and `_`
    /// become `_`) so that several maps can share a page.
    ///
    /// Without links the SVG is `role="img"`. With links it is `role="group"`: an image's children are presentational,
    /// so links inside `role="img"` would be hidden from assistive technologies (axe-core `nested-interactive`).
    public func svg(idPrefix: String) -> Node<HTML.BodyContext> {
        let prefix = Markup.identifier(idPrefix)
        let titleID = "\(prefix)-title"
        let descID = "\(prefix)-desc"
        let hatchID = "\(prefix)-hatch"
        let colours = Classification.colours(count: Classification.classCount(breaks: breaks))
        let shapes = DepartementShapes.all.map { shape -> Node<SVGContext> in
            let fill =
                switch value(of: shape.code) {
                case .number(let number): colours[Classification.classIndex(of: number, breaks: breaks)]
                case .suppressed, .masked: "url(#\(hatchID))"
                case .missing: Classification.missingFill
                }
            let label = label(code: shape.code, name: shape.name)
            let path: Node<SVGContext> = .element(
                "path",
                .attribute(named: "d", value: shape.path),
                .attribute(named: "fill", value: fill),
                .element("title", .text(label))
            )
            guard let href = links[shape.code] else { return .group(path, Self.newline) }
            return .group(
                .element(
                    "a",
                    .attribute(named: "href", value: href),
                    .attribute(named: "aria-label", value: label),
                    path
                ),
                Self.newline
            )
        }
        return .svg(
            .attribute(named: "viewBox", value: "0 0 \(DepartementShapes.width) \(DepartementShapes.height)"),
            .attribute(named: "width", value: String(DepartementShapes.width)),
            .attribute(named: "height", value: String(DepartementShapes.height)),
            .attribute(named: "role", value: links.isEmpty ? "img" : "group"),
            .attribute(named: "aria-labelledby", value: "\(titleID) \(descID)"),
            Self.newline,
            .element("title", .id(titleID), .text(title)),
            Self.newline,
            .element("desc", .id(descID), .text(description)),
            Self.newline,
            hatchPattern(id: hatchID),
            Self.newline,
            insetFrames(),
            Self.newline,
            .element(
                "g",
                .attribute(named: "stroke", value: "#ffffff"),
                .attribute(named: "stroke-width", value: "0.5"),
                .attribute(named: "stroke-linejoin", value: "round"),
                .attribute(named: "fill-rule", value: "evenodd"),
                Self.newline,
                .group(shapes)
            ),
            Self.newline
        )
    }

    /// One path or line per line of the source, for readers of the page source and for the tests.
    static let newline: Node<SVGContext> = .text("\n")

    /// Diagonal dark lines on white, for suppressed values.
    private func hatchPattern(id: String) -> Node<SVGContext> {
        .element(
            "defs",
            .element(
                "pattern",
                .id(id),
                .attribute(named: "width", value: "5"),
                .attribute(named: "height", value: "5"),
                .attribute(named: "patternUnits", value: "userSpaceOnUse"),
                .attribute(named: "patternTransform", value: "rotate(45)"),
                .element(
                    "rect",
                    .attribute(named: "width", value: "5"),
                    .attribute(named: "height", value: "5"),
                    .attribute(named: "fill", value: Classification.hatchBackground)
                ),
                .element(
                    "line",
                    .attribute(named: "x1", value: "1.5"),
                    .attribute(named: "y1", value: "0"),
                    .attribute(named: "x2", value: "1.5"),
                    .attribute(named: "y2", value: "5"),
                    .attribute(named: "stroke", value: Classification.hatchStroke),
                    .attribute(named: "stroke-width", value: "1.2")
                )
            )
        )
    }

    /// The frames and names of the overseas insets; hidden from assistive technologies, which get each path's title.
    private func insetFrames() -> Node<SVGContext> {
        .element(
            "g",
            .attribute(named: "aria-hidden", value: "true"),
            Self.newline,
            .element(
                "g",
                .attribute(named: "fill", value: "none"),
                .attribute(named: "stroke", value: "#929292"),
                .attribute(named: "stroke-width", value: "0.75"),
                .forEach(DepartementShapes.insets) { inset in
                    .group(
                        Self.newline,
                        .element(
                            "rect",
                            .number("x", inset.x),
                            .number("y", inset.y),
                            .number("width", inset.width),
                            .number("height", inset.height)
                        )
                    )
                },
                Self.newline
            ),
            Self.newline,
            .element(
                "g",
                .attribute(named: "font-family", value: "system-ui, Arial, sans-serif"),
                .attribute(named: "font-size", value: "10"),
                .attribute(named: "fill", value: "#3a3a3a"),
                .forEach(DepartementShapes.insets) { inset in
                    .group(
                        Self.newline,
                        .element(
                            "text",
                            .number("x", inset.x + 4),
                            .number("y", inset.y + 11.5),
                            .text(DepartementShapes.all.first { $0.code == inset.code }?.name ?? inset.code)
                        )
                    )
                },
                Self.newline
            ),
            Self.newline
        )
    }
}
