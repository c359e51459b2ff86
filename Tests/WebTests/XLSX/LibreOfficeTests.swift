import Foundation
import Testing

@testable import Web

/// LibreOffice, when installed, opens the workbook and reads back the same text and numbers.
@Suite(.enabled(if: LibreOffice.executable != nil, "soffice is not on the PATH")) struct LibreOfficeTests {
    @Test func libreOfficeConvertsTheWorkbookToTheExpectedCSV() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let url = folder.file("sample.xlsx")
        let writer = try XLSXWriter(url: url, sheetName: "Réfugiés")
        try writer.writeHeader(["Région", "Nombre", "Taux", "Code"])
        try writer.writeRow([.text("Île-de-France"), .integer(1_234_567), .number(12.5), .text("007")])
        try writer.writeRow([.text("A, \"B\" & <C>\u{0007}"), .integer(0), .number(-0.25), .empty])
        try writer.writeRow([.text("Bretagne"), .integer(42), .number(3), .text("12 345")])
        try writer.finish()

        let started = ContinuousClock.now
        let csv = try LibreOffice.convertToCSV(url, in: folder.url)
        print("LibreOffice conversion took \(ContinuousClock.now - started)")
        // Text cells are quoted and numbers are not, so the quotes tell which cells LibreOffice read as numbers.
        let expected = """
            "Région","Nombre","Taux","Code"
            "Île-de-France",1234567,12.5,"007"
            "A, ""B"" & <C>",0,-0.25,
            "Bretagne",42,3,"12 345"

            """
        #expect(csv == expected)
    }
}
