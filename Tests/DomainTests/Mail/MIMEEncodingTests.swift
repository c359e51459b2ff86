import Domain
import Foundation
import Testing

@Suite("Courriel : encodage MIME des en-têtes et du corps")
struct MIMEEncodingTests {
    /// Decodes `=?UTF-8?B?…?=` words, as a mail reader does.
    static func decodeHeader(_ value: String) -> String {
        value.replacingOccurrences(of: "\r\n ", with: " ").split(separator: " ").map { word -> String in
            guard word.hasPrefix("=?UTF-8?B?"), word.hasSuffix("?=") else { return String(word) }
            let payload = word.dropFirst(10).dropLast(2)
            return String(decoding: Data(base64Encoded: String(payload)) ?? Data(), as: UTF8.self)
        }.joined()
    }

    @Test func accentedHeadersAreEncodedWordsOfAtMost75Characters() {
        let subject = "Inscription confirmée : Forum de l'emploi des nouveaux arrivants à Villeurbanne, édition 2026"
        let encoded = MIMEEncoding.headerText(subject)
        #expect(encoded.unicodeScalars.allSatisfy { $0.isASCII })
        for line in encoded.components(separatedBy: "\r\n") {
            #expect(line.trimmingCharacters(in: .whitespaces).count <= 75)
        }
        #expect(Self.decodeHeader(encoded) == subject)
        #expect(MIMEEncoding.headerText("Plain subject") == "Plain subject")
    }

    @Test func quotedPrintableKeepsLinesShortAndSevenBit() {
        let text = "Bonjour Aïcha,\n" + String(repeating: "é", count: 60) + "\nFin = fin \n.ligne"
        let encoded = MIMEEncoding.quotedPrintable(text)
        for line in encoded.components(separatedBy: "\r\n") {
            #expect(line.count <= 76)
            #expect(line.unicodeScalars.allSatisfy { $0.isASCII })
        }
        #expect(encoded.hasPrefix("Bonjour A=C3=AFcha,\r\n=C3=A9"))
        #expect(encoded.contains("Fin =3D fin=20\r\n"))
        #expect(Self.decodeQuotedPrintable(encoded) == text.replacingOccurrences(of: "\n", with: "\r\n"))
    }

    static func decodeQuotedPrintable(_ text: String) -> String {
        var bytes: [UInt8] = []
        let source = Array(text.replacingOccurrences(of: "=\r\n", with: "").utf8)
        var index = 0
        while index < source.count {
            if source[index] == UInt8(ascii: "="), index + 2 < source.count,
                let byte = UInt8(String(decoding: source[(index + 1)...(index + 2)], as: UTF8.self), radix: 16)
            {
                bytes.append(byte)
                index += 3
            } else {
                bytes.append(source[index])
                index += 1
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    @Test func aMessageHasHeadersAPlainTextPartThenAnEscapedHTMLPart() throws {
        let to = try #require(MailAddress("Aicha@Exemple.fr", name: "Aïcha <Diallo>"))
        let message = MailMessage(
            to: to,
            subject: "Événement annulé",
            blocks: [.paragraph("Bonjour <b>,"), .link(label: "Annuler", url: "https://parcours.test/a?b=1&c=2")]
        )
        let text = MailComposer.render(
            message,
            from: try #require(MailAddress("semaine@parcours.test", name: "Parcours")),
            date: Date(timeIntervalSince1970: 1_795_773_600),
            messageID: "id1@parcours",
            boundary: "=_b1"
        )
        #expect(text.contains("Date: Fri, 27 Nov 2026 10:00:00 +0000\r\n"))
        #expect(text.contains("To: =?UTF-8?B?"))
        #expect(text.contains("<aicha@exemple.fr>\r\n"))
        #expect(text.contains("Subject: =?UTF-8?B?"))
        let plain = try #require(text.range(of: "Content-Type: text/plain; charset=UTF-8"))
        let html = try #require(text.range(of: "Content-Type: text/html; charset=UTF-8"))
        #expect(plain.lowerBound < html.lowerBound)
        #expect(text.contains("Bonjour &lt;b&gt;,"))
        #expect(text.contains("href=3D\"https://parcours.test/a?b=3D1&amp;c=3D2\""))
        #expect(text.hasSuffix("--=_b1--\r\n"))
        #expect(!text.contains("\n\n"))
    }

    @Test func onlyPrintableASCIIAddressesAreAccepted() {
        #expect(MailAddress("a@b.fr\r\nRCPT TO:<x@y.fr>") == nil)
        #expect(MailAddress("<a@b.fr>") == nil)
        #expect(MailAddress("andré@exemple.fr") == nil)
        #expect(MailAddress("nom@exemple.fr")?.address == "nom@exemple.fr")
    }

    @Test func retriesBackOffExponentiallyThenGiveUp() {
        #expect(MailRetry.delay(afterAttempts: 1) == .seconds(60))
        #expect(MailRetry.delay(afterAttempts: 2) == .seconds(120))
        #expect(MailRetry.delay(afterAttempts: 5) == .seconds(960))
        #expect(MailRetry.delay(afterAttempts: 12) == .seconds(6 * 3600))
        #expect(!MailRetry.givesUp(afterAttempts: 3, permanent: false))
        #expect(MailRetry.givesUp(afterAttempts: 1, permanent: true))
        #expect(MailRetry.givesUp(afterAttempts: MailRetry.maxAttempts, permanent: false))
    }
}
