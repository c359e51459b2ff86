import Testing

@testable import Services

@Suite("SMTP : réponses du serveur")
struct SMTPReplyTests {
    @Test(arguments: [
        (250, false), (421, false), (451, false), (500, false), (502, false), (530, false), (549, false),
        (550, true), (551, true), (552, true), (553, true), (554, true), (555, false),
    ])
    func onlyARefusedMailboxOrMessageIsPermanent(code: Int, permanent: Bool) {
        #expect(SMTPReply(code: code, lines: ["réponse"]).isPermanent == permanent)
    }

    @Test func aDashAfterTheCodeAnnouncesMoreLines() throws {
        let first = try #require(SMTPReply.parseLine("250-smtp.example"))
        #expect(first.code == 250 && first.text == "smtp.example" && first.more)
        let last = try #require(SMTPReply.parseLine("550 5.1.1 inconnu"))
        #expect(last.code == 550 && last.text == "5.1.1 inconnu" && !last.more)
        #expect(SMTPReply.parseLine("25O pas un code") == nil)
    }
}
