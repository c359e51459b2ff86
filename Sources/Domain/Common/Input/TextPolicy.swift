import Foundation

/// How long a free text may be and whether it may span lines: the one policy every text from a request goes through.
public struct TextKind: Sendable, Equatable {
    /// The most characters (grapheme clusters) accepted after cleaning.
    public let maxLength: Int
    /// Whether line breaks are kept (a text area) or refused (a single-line field).
    public let multiline: Bool

    public init(maxLength: Int, multiline: Bool) {
        self.maxLength = maxLength
        self.multiline = multiline
    }

    /// A person's or organisation's name part: one line, 100 characters.
    public static let name = TextKind(maxLength: 100, multiline: false)
    /// A title or label: one line, 200 characters.
    public static let title = TextKind(maxLength: 200, multiline: false)
    /// An address, a place or a short description: one line, 300 characters.
    public static let line = TextKind(maxLength: 300, multiline: false)
    /// A note or comment: several lines, 5 000 characters.
    public static let note = TextKind(maxLength: 5_000, multiline: true)
    /// A long text (a call for projects, an analysis): several lines, 20 000 characters.
    public static let longText = TextKind(maxLength: 20_000, multiline: true)
    /// A search query: one line, 100 characters.
    public static let search = TextKind(maxLength: 100, multiline: false)
}

/// Why a text was refused, with its French message.
public enum TextProblem: Error, Sendable, Equatable {
    /// A control character (NUL, escape, bell…) or, in a single-line field, a line break.
    case controlCharacter
    /// Longer than the field allows.
    case tooLong(max: Int, actual: Int)

    /// The message shown next to the field.
    public var message: String {
        switch self {
        case .controlCharacter:
            "Ce champ contient un caractère invisible ou un retour à la ligne non admis : retirez-le."
        case .tooLong(let max, let actual):
            "\(FrenchNumber.grouped(max)) caractères au plus (\(FrenchNumber.grouped(actual)) saisis)."
        }
    }
}

/// Cleans text from a request: Unicode NFC, line breaks unified, surrounding spaces trimmed, control characters and
/// over-long values refused. Nothing is silently dropped or cut.
public enum TextPolicy {
    /// The cleaned text, or why it is refused.
    public static func clean(_ raw: String, _ kind: TextKind) -> Result<String, TextProblem> {
        let unified = raw.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        for scalar in unified.unicodeScalars where isRefused(scalar, multiline: kind.multiline) {
            return .failure(.controlCharacter)
        }
        let text = unified.precomposedStringWithCanonicalMapping.trimmingCharacters(in: .whitespacesAndNewlines)
        let length = text.count
        guard length <= kind.maxLength else { return .failure(.tooLong(max: kind.maxLength, actual: length)) }
        return .success(text)
    }

    /// Whether a scalar is refused: C0 and C1 controls (tab and, in text areas, line feed excepted), the line and
    /// paragraph separators, and the bidirectional overrides that can disguise a text.
    static func isRefused(_ scalar: Unicode.Scalar, multiline: Bool) -> Bool {
        switch scalar.value {
        case 0x09: false
        case 0x0A: !multiline
        case 0x00...0x1F, 0x7F...0x9F: true
        case 0x2028, 0x2029: true
        case 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }
}

extension FieldErrors {
    /// The cleaned text of a field, or nil with a message recorded; `required` is the message for an empty value
    /// (nil when the field may stay empty, in which case an empty text is returned as "").
    public mutating func text(_ raw: String, field: String, kind: TextKind, required: String? = nil) -> String? {
        switch TextPolicy.clean(raw, kind) {
        case .failure(let problem):
            add(field, problem.message)
            return nil
        case .success(let text):
            if text.isEmpty, let required {
                add(field, required)
                return nil
            }
            return text
        }
    }
}
