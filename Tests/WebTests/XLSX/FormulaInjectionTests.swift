import Foundation
import Testing

@testable import Web

/// Text a spreadsheet would read as a formula is marked as quoted text in XLSX, as it is prefixed in CSV.
@Suite struct FormulaInjectionTests {
    @Test(arguments: ["=SOMME(A1)", "+33 6", "-1+1", "@cmd", "\tx", "\rx"])
    func aRiskyCellIsQuotedText(_ text: String) throws {
        #expect(FormulaInjection.isRisky(text))
        #expect(CSVFile.neutralised(text) == "'" + text)
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let url = folder.file("formules.xlsx")
        let writer = try XLSXWriter(url: url, sheetName: "Formules")
        try writer.writeRow([.text(text), .text("ordinaire")])
        try writer.finish()
        let sheet = try WorkbookReader.text(of: "xl/worksheets/sheet1.xml", in: url)
        #expect(sheet.contains(#"<c r="A1" s="2" t="inlineStr">"#))
        #expect(sheet.contains(#"<c r="B1" t="inlineStr"><is><t>ordinaire</t></is></c>"#))
        let styles = try WorkbookReader.text(of: "xl/styles.xml", in: url)
        #expect(styles.contains(#"<cellXfs count="3">"#))
        #expect(styles.contains(#"<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" quotePrefix="1"/>"#))
    }

    @Test(arguments: ["Rhône", "12", " =x", "a=b", ""])
    func ordinaryTextIsLeftAlone(_ text: String) {
        #expect(!FormulaInjection.isRisky(text))
        #expect(CSVFile.neutralised(text) == text)
    }
}
