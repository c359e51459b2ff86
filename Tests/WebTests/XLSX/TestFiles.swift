import Foundation
import ZIPFoundation

#if canImport(FoundationXML)
import FoundationXML
#endif

/// A fresh temporary folder for one test, removed by `remove()`.
struct TemporaryFolder {
    let url: URL

    /// Creates the folder.
    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("xlsx-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    /// The URL of `name` inside the folder.
    func file(_ name: String) -> URL { url.appendingPathComponent(name) }

    /// Deletes the folder and everything in it.
    func remove() { try? FileManager.default.removeItem(at: url) }
}

/// Reads a written workbook back with ZIPFoundation.
enum WorkbookReader {
    /// Each entry's path and whether it is deflated, in archive order.
    static func entries(of url: URL) throws -> [(path: String, deflated: Bool)] {
        let archive = try Archive(url: url, accessMode: .read)
        return archive.map { ($0.path, $0.isCompressed) }
    }

    /// The text of the entry at `path`.
    static func text(of path: String, in url: URL) throws -> String {
        let archive = try Archive(url: url, accessMode: .read)
        guard let entry = archive[path] else { throw CocoaError(.fileReadNoSuchFile) }
        var data = Data()
        _ = try archive.extract(entry) { data.append($0) }
        return String(decoding: data, as: UTF8.self)
    }

    /// The uncompressed size of the entry at `path`.
    static func uncompressedSize(of path: String, in url: URL) throws -> Int {
        let archive = try Archive(url: url, accessMode: .read)
        guard let entry = archive[path] else { throw CocoaError(.fileReadNoSuchFile) }
        return Int(entry.uncompressedSize)
    }

    /// Whether `xml` parses as a well-formed XML document.
    static func isWellFormed(_ xml: String) -> Bool {
        XMLParser(data: Data(xml.utf8)).parse()
    }
}
