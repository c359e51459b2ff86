import Testing

@testable import Web

@Suite("Fichiers CSV : guillemets, séparateur, formules")
struct CSVFileTests {
    @Test func fieldsAreQuotedOnlyWhenTheyMustBe() {
        let text = String(
            decoding: CSVFile.lines([["a", "b;c", "dit \"oui\""], ["ligne\nsuivante", "é", ""]]),
            as: UTF8.self
        )
        #expect(text == "a;\"b;c\";\"dit \"\"oui\"\"\"\r\n\"ligne\nsuivante\";é;")
    }

    @Test func aFormulaIsNeutralisedAndTheByteOrderMarkOpensADownload() throws {
        #expect(String(decoding: CSVFile.lines([["=SOMME(A1)", "-3", "ok"]]), as: UTF8.self) == "'=SOMME(A1);'-3;ok")
        let response = CSVFile.response(rows: [["x"]], filename: "f.csv")
        #expect(response.headers[.contentType] == "text/csv; charset=utf-8")
    }
}
