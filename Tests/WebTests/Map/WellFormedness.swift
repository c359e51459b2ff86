import Foundation

#if canImport(FoundationXML)
import FoundationXML
#endif

/// Checks that markup is well-formed XML: XMLParser alone accepts mismatched end tags on Linux, so tags are matched here.
final class WellFormedness: NSObject, XMLParserDelegate {
    private var open: [String] = []
    private var mismatched = false
    /// Names of all elements met, in document order.
    private(set) var elements: [String] = []

    /// Whether `markup` parses without error, with every end tag closing the element last opened.
    static func check(_ markup: String) -> Bool {
        let checker = WellFormedness()
        let parser = XMLParser(data: Data(markup.utf8))
        parser.delegate = checker
        return parser.parse() && !checker.mismatched && checker.open.isEmpty && !checker.elements.isEmpty
    }

    func parser(
        _ parser: XMLParser,
        didStartElement elementName: String,
        namespaceURI: String?,
        qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        open.append(elementName)
        elements.append(elementName)
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        if open.popLast() != elementName { mismatched = true }
    }
}
