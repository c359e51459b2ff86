/// A message to send: one recipient, a subject and a body of paragraphs and links, written as a plain-text part and
/// an HTML part by `MailComposer`.
public struct MailMessage: Sendable, Equatable {
    /// One block of the body.
    public enum Block: Sendable, Equatable {
        /// A paragraph of text (line breaks kept in the plain-text part).
        case paragraph(String)
        /// A link with its label; the plain-text part shows the label and the address on its own line.
        case link(label: String, url: String)
    }

    public let to: MailAddress
    public let subject: String
    public let blocks: [Block]

    public init(to: MailAddress, subject: String, blocks: [Block]) {
        self.to = to
        self.subject = String(subject.filter { !$0.isNewline })
        self.blocks = blocks
    }

    /// The plain-text part.
    public var text: String {
        blocks.map { block in
            switch block {
            case .paragraph(let text): text
            case .link(let label, let url): "\(label) :\n\(url)"
            }
        }.joined(separator: "\n\n")
    }

    /// The HTML part: each block a paragraph, every text escaped.
    public var html: String {
        let body = blocks.map { block in
            switch block {
            case .paragraph(let text):
                "<p>" + MailComposer.escapeHTML(text).replacingOccurrences(of: "\n", with: "<br>") + "</p>"
            case .link(let label, let url):
                "<p><a href=\"\(MailComposer.escapeHTML(url))\">\(MailComposer.escapeHTML(label))</a></p>"
            }
        }.joined(separator: "\n")
        return "<!DOCTYPE html>\n<html lang=\"fr\"><head><meta charset=\"utf-8\"><title>"
            + MailComposer.escapeHTML(subject) + "</title></head><body>\n" + body + "\n</body></html>"
    }
}
