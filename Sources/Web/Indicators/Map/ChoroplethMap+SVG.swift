import Domain

extension ChoroplethMap {
    /// The SVG markup, with ids prefixed by `idPrefix` (other characters than ASCII letters, digits, `-` and `_`
    /// become `_`) so that several maps can share a page.
    ///
    /// Without links the SVG is `role="img"`. With links it is `role="group"`: an image's children are presentational,
    /// so links inside `role="img"` would be hidden from assistive technologies (axe-core `nested-interactive`).
    public func svg(idPrefix: String) -> String {
        let prefix = Markup.identifier(idPrefix)
        let titleID = "\(prefix)-title"
        let descID = "\(prefix)-desc"
        let hatchID = "\(prefix)-hatch"
        let role = links.isEmpty ? "img" : "group"
        let size = ##"width="\##(DepartementShapes.width)" height="\##(DepartementShapes.height)""##
        let colours = Classification.colours(count: Classification.classCount(breaks: breaks))
        var lines: [String] = []
        lines.append(
            ##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 \##(DepartementShapes.width) \##(DepartementShapes.height)" "##
                + ##"\##(size) role="\##(role)" aria-labelledby="\##(titleID) \##(descID)">"##
        )
        lines.append(##"<title id="\##(titleID)">\##(XMLText.escaped(title))</title>"##)
        lines.append(##"<desc id="\##(descID)">\##(XMLText.escaped(description))</desc>"##)
        lines.append(hatchPattern(id: hatchID))
        lines.append(contentsOf: insetFrames())
        lines.append(##"<g stroke="#ffffff" stroke-width="0.5" stroke-linejoin="round" fill-rule="evenodd">"##)
        for shape in DepartementShapes.all {
            let fill =
                switch value(of: shape.code) {
                case .number(let number): colours[Classification.classIndex(of: number, breaks: breaks)]
                case .suppressed: "url(#\(hatchID))"
                case .missing: Classification.missingFill
                }
            let label = XMLText.escaped(label(code: shape.code, name: shape.name))
            let path = ##"<path d="\##(shape.path)" fill="\##(fill)"><title>\##(label)</title></path>"##
            if let href = links[shape.code] {
                lines.append(##"<a href="\##(XMLText.escaped(href))" aria-label="\##(label)">\##(path)</a>"##)
            } else {
                lines.append(path)
            }
        }
        lines.append("</g>")
        lines.append("</svg>")
        return lines.joined(separator: "\n")
    }

    /// Diagonal dark lines on white, for suppressed values.
    private func hatchPattern(id: String) -> String {
        ##"<defs><pattern id="\##(id)" width="5" height="5" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">"##
            + ##"<rect width="5" height="5" fill="\##(Classification.hatchBackground)"/>"##
            + ##"<line x1="1.5" y1="0" x2="1.5" y2="5" stroke="\##(Classification.hatchStroke)" stroke-width="1.2"/>"##
            + "</pattern></defs>"
    }

    /// The frames and names of the overseas insets; hidden from assistive technologies, which get each path's title.
    private func insetFrames() -> [String] {
        var lines = [##"<g aria-hidden="true">"##]
        lines.append(##"<g fill="none" stroke="#929292" stroke-width="0.75">"##)
        for inset in DepartementShapes.insets {
            lines.append(
                ##"<rect x="\##(Markup.number(inset.x))" y="\##(Markup.number(inset.y))" "##
                    + ##"width="\##(Markup.number(inset.width))" height="\##(Markup.number(inset.height))"/>"##
            )
        }
        lines.append("</g>")
        lines.append(##"<g font-family="system-ui, Arial, sans-serif" font-size="10" fill="#3a3a3a">"##)
        for inset in DepartementShapes.insets {
            let name = DepartementShapes.all.first { $0.code == inset.code }?.name ?? inset.code
            let x = Markup.number(inset.x + 4)
            let y = Markup.number(inset.y + 11.5)
            lines.append(##"<text x="\##(x)" y="\##(y)">\##(XMLText.escaped(name))</text>"##)
        }
        lines.append("</g>")
        lines.append("</g>")
        return lines
    }
}
