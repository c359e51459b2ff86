import Foundation
import Testing

@testable import Web

/// What the writer refuses.
@Suite struct WriterErrorTests {
    @Test(arguments: [
        "", "Feuille[1]", "a:b", "a*b", "a?b", "a/b", "a\\b", "'quoted'", "History",
        String(repeating: "x", count: 32),
    ])
    func invalidSheetNameIsRefused(name: String) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        #expect(throws: XLSXError.invalidSheetName(name)) {
            _ = try XLSXWriter(url: folder.file("bad.xlsx"), sheetName: name)
        }
    }

    @Test func thirtyOneCharactersAreAllowed() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try XLSXWriter(url: folder.file("ok.xlsx"), sheetName: String(repeating: "é", count: 31)).finish()
    }

    @Test func nonFiniteNumberIsRefused() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let writer = try XLSXWriter(url: folder.file("nan.xlsx"), sheetName: "NaN")
        #expect(throws: XLSXError.nonFiniteNumber("B1")) { try writer.writeRow([.integer(1), .number(.nan)]) }
    }

    @Test func tooManyColumnsAndTooLongTextAreRefused() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let writer = try XLSXWriter(url: folder.file("wide.xlsx"), sheetName: "Large")
        #expect(throws: XLSXError.tooManyColumns(16_385)) {
            try writer.writeRow(Array(repeating: .integer(1), count: 16_385))
        }
        #expect(throws: XLSXError.textTooLong("A1")) {
            try writer.writeRow([.text(String(repeating: "x", count: 32_768))])
        }
    }

    @Test func nothingIsWrittenAfterFinish() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let writer = try XLSXWriter(url: folder.file("done.xlsx"), sheetName: "Fini")
        try writer.finish()
        #expect(throws: XLSXError.alreadyFinished) { try writer.writeRow([.integer(1)]) }
        #expect(throws: XLSXError.alreadyFinished) { try writer.finish() }
    }
}
