/// An e-mail address fit for SMTP: normalised (trimmed, lower-cased), printable ASCII only, so that no value can
/// inject a header or an SMTP command; with an optional display name.
public struct MailAddress: Sendable, Equatable {
    /// The address itself, `nom@domaine.fr`.
    public let address: String
    /// The name shown beside it, if any (any Unicode; encoded when written in a header).
    public let name: String?

    /// The address when `raw` is one that Parcours can send to; nil otherwise (no `@`, a space, a control
    /// character, a non-ASCII character, more than 254 characters).
    public init?(_ raw: String, name: String? = nil) {
        guard let normalised = EmailAddress.normalise(raw), normalised.utf8.count <= 254,
            normalised.unicodeScalars.allSatisfy({ (0x21...0x7E).contains($0.value) && $0 != "<" && $0 != ">" })
        else { return nil }
        self.address = normalised
        self.name = name.map { String($0.filter { !$0.isNewline }) }
    }
}
