import Domain
import Services

/// The letter that opens a person's space, written as an e-mail: the same texts as the printed letter, in French
/// then in the person's language.
enum SpaceLetterMail {
    /// What `NewcomerAccessService.open` calls, inside its transaction, to write the e-mail of the letter.
    static func composer(address: String, catalogues: SpaceCatalogues) -> NewcomerAccessService.LetterMail {
        { letter in
            let languages = letter.language == .french ? [SpaceLanguage.french] : [.french, letter.language]
            let french = Translator(.french, catalogues: catalogues)
            let body = languages.flatMap {
                paragraphs(letter, address: address, t: Translator($0, catalogues: catalogues))
            }
            return (subject: french(.letterTitle) + " – Parcours", blocks: body)
        }
    }

    /// The letter's paragraphs in one language.
    private static func paragraphs(_ letter: SpaceLetter, address: String, t: Translator) -> [MailMessage.Block] {
        let organisation = letter.organisationName
        let caseworker =
            letter.caseworkerName.map { t(.homeCaseworker, ["name": $0, "organisation": organisation]) }
            ?? t(.homeCaseworkerNone, ["organisation": organisation])
        return [
            .paragraph(t(.letterTitle)),
            .paragraph(t(.letterHello, ["name": letter.personName])),
            .paragraph(t(.letterIntro, ["organisation": organisation])),
            // The mail's plain text adds its own colon after a link's label.
            .link(label: unpunctuated(t(.letterAddress)), url: address),
            .paragraph(t(.letterCode) + " " + letter.code.description),
            .paragraph(
                [t(.letterSteps), "1. " + t(.letterStep1), "2. " + t(.letterStep2), "3. " + t(.letterStep3)]
                    .joined(separator: "\n")
            ),
            .paragraph(t(.letterValid, ["date": t.date(letter.validUntil)])),
            .paragraph(t(.letterKeep)),
            .paragraph(t(.letterLost)),
            .paragraph(caseworker),
        ]
    }

    /// A label without its final colon (French " :", or ":" elsewhere).
    private static func unpunctuated(_ label: String) -> String {
        var text = Substring(label)
        while let last = text.last, last == ":" || last == "：" || last.isWhitespace { text = text.dropLast() }
        return String(text)
    }
}
