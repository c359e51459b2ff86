import Foundation
import Testing

@testable import Web

/// The parts of a small workbook, read back from the zip.
@Suite struct WorkbookStructureTests {
    static let expectedParts = [
        "[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels",
        "xl/styles.xml", "xl/worksheets/sheet1.xml", "docProps/core.xml",
    ]

    /// Writes a header and three rows to `url`.
    static func writeSample(to url: URL, sheetName: String = "Réfugiés & 2024") throws {
        let writer = try XLSXWriter(url: url, sheetName: sheetName)
        try writer.writeHeader(["Région", "Nombre", "Taux"])
        try writer.writeRow([.text("Île-de-France <IDF>"), .integer(1_234_567), .number(12.5)])
        try writer.writeRow([.text("\"A\" & 'B'\u{0007}\u{FFFE}"), .integer(0), .number(-0.25)])
        try writer.writeRow([.text(" Bretagne"), .empty, .number(3)])
        try writer.finish()
    }

    @Test func workbookIsAZipOfTheExpectedDeflatedParts() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let url = folder.file("sample.xlsx")
        try Self.writeSample(to: url)
        let bytes = try Data(contentsOf: url)
        #expect(Array(bytes.prefix(4)) == [0x50, 0x4B, 0x03, 0x04], "a zip starts with PK\\3\\4")
        let entries = try WorkbookReader.entries(of: url)
        #expect(entries.map(\.path) == Self.expectedParts)
        #expect(entries.filter { !$0.deflated }.isEmpty, "every part is deflated")
        for path in Self.expectedParts {
            let xml = try WorkbookReader.text(of: path, in: url)
            #expect(WorkbookReader.isWellFormed(xml), "\(path)")
        }
    }

    @Test func sheetHasTypedCellsAndEscapedText() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let url = folder.file("sample.xlsx")
        try Self.writeSample(to: url)
        let sheet = try WorkbookReader.text(of: "xl/worksheets/sheet1.xml", in: url)
        #expect(sheet.contains(#"<c r="A1" s="1" t="inlineStr"><is><t>Région</t></is></c>"#))
        #expect(sheet.contains(#"<c r="A2" t="inlineStr"><is><t>Île-de-France &lt;IDF&gt;</t></is></c>"#))
        #expect(sheet.contains(#"<c r="B2"><v>1234567</v></c>"#))
        #expect(sheet.contains(#"<c r="C2"><v>12.5</v></c>"#))
        #expect(sheet.contains(#"<t>&quot;A&quot; &amp; &apos;B&apos;</t>"#), "escaped, bell and U+FFFE dropped")
        #expect(sheet.contains(#"<c r="C3"><v>-0.25</v></c>"#))
        #expect(
            sheet.contains(
                #"<row r="4"><c r="A4" t="inlineStr"><is><t xml:space="preserve"> Bretagne</t></is></c><c r="C4"><v>3.0</v></c></row>"#
            )
        )
        #expect(!sheet.contains("B4"), "an empty cell is left out")
    }

    @Test func workbookNamesTheSheetAndStylesTheHeaderBold() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let url = folder.file("sample.xlsx")
        try Self.writeSample(to: url)
        let workbook = try WorkbookReader.text(of: "xl/workbook.xml", in: url)
        #expect(workbook.contains(#"<sheet name="Réfugiés &amp; 2024" sheetId="1" r:id="rId1"/>"#))
        let styles = try WorkbookReader.text(of: "xl/styles.xml", in: url)
        #expect(styles.contains("<font><b/>"))
        #expect(styles.contains(#"<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>"#))
    }

    @Test func emptyWorkbookIsValidAndAnExistingFileIsReplaced() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let url = folder.file("empty.xlsx")
        try Data("old".utf8).write(to: url)
        try XLSXWriter(url: url, sheetName: "Vide").finish()
        #expect(try WorkbookReader.entries(of: url).map(\.path) == Self.expectedParts)
        #expect(
            try WorkbookReader.text(of: "xl/worksheets/sheet1.xml", in: url).hasSuffix(
                "<sheetData></sheetData></worksheet>"
            )
        )
    }

    @Test func temporaryFilesAreRemoved() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let staging = folder.file("staging")
        try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: true)
        let finished = try XLSXWriter(url: folder.file("done.xlsx"), sheetName: "Fini", temporaryDirectory: staging)
        try finished.writeRow([.integer(1)])
        #expect(try FileManager.default.contentsOfDirectory(atPath: staging.path).count == 1, "staged while writing")
        try finished.finish()
        do {
            let abandoned = try XLSXWriter(
                url: folder.file("abandoned.xlsx"),
                sheetName: "Abandon",
                temporaryDirectory: staging
            )
            try abandoned.writeRow([.integer(1)])
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: staging.path).isEmpty)
        #expect(!FileManager.default.fileExists(atPath: folder.file("abandoned.xlsx").path))
    }
}
