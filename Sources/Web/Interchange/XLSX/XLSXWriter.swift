import Foundation
import ZIPFoundation

/// Writes a one-sheet Office Open XML workbook (.xlsx) row by row, keeping memory flat.
public final class XLSXWriter {
    private let url: URL
    private let sheetName: String
    private let workDirectory: URL
    private var sheet: BufferedFileWriter?
    private var rowCount = 0

    /// Starts a workbook with one sheet named `sheetName` (max 31 chars, no []:*?/\ ) written to `url`; its parts
    /// are staged in a new folder inside `temporaryDirectory`, removed when done.
    public init(
        url: URL,
        sheetName: String,
        temporaryDirectory: URL = FileManager.default.temporaryDirectory
    ) throws {
        try SheetName.validate(sheetName)
        self.url = url
        self.sheetName = sheetName
        workDirectory = temporaryDirectory.appendingPathComponent("xlsx-\(UUID().uuidString)", isDirectory: true)
        let sheetURL = workDirectory.appendingPathComponent(PackageParts.sheetPath)
        try FileManager.default.createDirectory(
            at: sheetURL.deletingLastPathComponent(),
            withIntermediateDirectories: true
        )
        do {
            let sheet = try BufferedFileWriter(url: sheetURL)
            try sheet.write(PackageParts.sheetStart)
            self.sheet = sheet
        } catch {
            try? FileManager.default.removeItem(at: workDirectory)
            throw error
        }
    }

    deinit {
        try? sheet?.close()
        try? FileManager.default.removeItem(at: workDirectory)
    }

    /// Appends a row of titles in bold.
    public func writeHeader(_ titles: [String]) throws {
        try append(titles.map(XLSXCell.text), style: SheetRow.headerStyle)
    }

    /// Appends a row of cells; it goes to a temporary sheet file at once.
    public func writeRow(_ cells: [XLSXCell]) throws {
        try append(cells, style: nil)
    }

    /// Writes the package parts ([Content_Types].xml, _rels/.rels, xl/workbook.xml, xl/_rels/workbook.xml.rels,
    /// xl/styles.xml with a bold font for the header, xl/worksheets/sheet1.xml, docProps/core.xml) and zips them (deflate).
    public func finish() throws {
        guard let sheet else { throw XLSXError.alreadyFinished }
        self.sheet = nil
        try sheet.write(PackageParts.sheetEnd)
        try sheet.close()
        for (path, content) in PackageParts.fixedParts(sheetName: sheetName, created: Date()) {
            let partURL = workDirectory.appendingPathComponent(path)
            try FileManager.default.createDirectory(
                at: partURL.deletingLastPathComponent(),
                withIntermediateDirectories: true
            )
            try Data(content.utf8).write(to: partURL)
        }
        let archiveURL = workDirectory.appendingPathComponent("workbook.xlsx")
        try zipParts(into: archiveURL)
        // The workbook appears at `url` only once complete, never half-written.
        if FileManager.default.fileExists(atPath: url.path) {
            try FileManager.default.removeItem(at: url)
        }
        try FileManager.default.moveItem(at: archiveURL, to: url)
        try FileManager.default.removeItem(at: workDirectory)
    }

    private func append(_ cells: [XLSXCell], style: Int?) throws {
        guard let sheet else { throw XLSXError.alreadyFinished }
        guard rowCount < SpreadsheetLimits.maxRows else { throw XLSXError.tooManyRows }
        try sheet.write(SheetRow.xml(row: rowCount + 1, cells: cells, style: style))
        rowCount += 1
    }

    // The archive is closed when it goes out of scope here, before the file is moved.
    private func zipParts(into archiveURL: URL) throws {
        let archive = try Archive(url: archiveURL, accessMode: .create)
        for path in PackageParts.allPaths {
            // Each part, the sheet included, is read from its file in chunks, never whole into memory.
            try archive.addEntry(with: path, relativeTo: workDirectory, compressionMethod: .deflate)
        }
    }
}
