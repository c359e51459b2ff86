import Testing

@testable import Domain

@Suite("Pièces jointes : contrôlées par leur contenu")
struct DocumentContentTests {
    @Test func theTypeIsReadFromTheFirstBytes() throws {
        #expect(try DocumentContent.check(Array("%PDF-1.7\n".utf8)).get() == .pdf)
        #expect(try DocumentContent.check([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00]).get() == .png)
        #expect(try DocumentContent.check([0xFF, 0xD8, 0xFF, 0xE0, 0x00]).get() == .jpeg)
        // A GIF, an HTML page and a PDF signature that does not start the file are refused, whatever their name.
        for bytes in [Array("GIF89a".utf8), Array("<html><script>".utf8), Array(" %PDF-1.4".utf8)] {
            #expect(throws: DocumentProblem.notAllowed) { try DocumentContent.check(bytes).get() }
        }
        #expect(throws: DocumentProblem.empty) { try DocumentContent.check([UInt8]()).get() }
    }

    @Test func tenMegabytesIsTheLimit() throws {
        // 10 Mo = 10 × 1 048 576 = 10 485 760 bytes are accepted; one more byte is refused.
        var bytes = Array("%PDF-".utf8) + [UInt8](repeating: 0x20, count: 10_485_760 - 5)
        #expect(bytes.count == 10_485_760)
        #expect(try DocumentContent.check(bytes).get() == .pdf)
        bytes.append(0x20)
        #expect(throws: DocumentProblem.tooLarge(bytes: 10_485_761)) { try DocumentContent.check(bytes).get() }
        #expect(DocumentProblem.tooLarge(bytes: 10_485_761).message.contains("11 Mo"))
    }

    @Test func fileNamesAreSafeInAHeaderAndOnADisk() {
        #expect(DocumentContent.safeFileName("Statuts signés 2024.pdf", type: .pdf) == "Statuts_signes_2024.pdf")
        #expect(DocumentContent.safeFileName("../../etc/passwd", type: .pdf) == "passwd.pdf")
        #expect(DocumentContent.safeFileName("rib\"; filename=x.exe", type: .png) == "rib_filename_x.png")
        #expect(DocumentContent.safeFileName("", type: .jpeg) == "document.jpg")
        #expect(DocumentContent.safeFileName(String(repeating: "a", count: 200) + ".pdf", type: .pdf).count == 84)
    }
}
