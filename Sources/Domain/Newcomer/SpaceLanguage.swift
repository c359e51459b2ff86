/// The languages of the newcomer's space, each with its gettext catalogue, its `lang` tag and its direction.
public enum SpaceLanguage: String, Sendable, CaseIterable, Codable {
    case french = "fr"
    case english = "en"
    case arabic = "ar"
    case dari = "fa_AF"
    case pashto = "ps"
    case ukrainian = "uk"
    case russian = "ru"
    case tigrinya = "ti"
    case turkish = "tr"

    /// The BCP 47 tag written in `lang` attributes (Dari is the Persian of Afghanistan).
    public var tag: String {
        switch self {
        case .dari: "fa-AF"
        default: rawValue
        }
    }

    /// Whether the script runs right to left (Arabic script: Arabic, Dari, Pashto).
    public var isRightToLeft: Bool { [.arabic, .dari, .pashto].contains(self) }

    /// The language's name in itself, as shown on the language choice whatever the current language.
    public var nativeName: String {
        switch self {
        case .french: "Français"
        case .english: "English"
        case .arabic: "العربية"
        case .dari: "دری"
        case .pashto: "پښتو"
        case .ukrainian: "Українська"
        case .russian: "Русский"
        case .tigrinya: "ትግርኛ"
        case .turkish: "Türkçe"
        }
    }

    /// The language's name in French, for caseworkers' screens.
    public var frenchName: String {
        switch self {
        case .french: "français"
        case .english: "anglais"
        case .arabic: "arabe"
        case .dari: "dari"
        case .pashto: "pachto"
        case .ukrainian: "ukrainien"
        case .russian: "russe"
        case .tigrinya: "tigrinya"
        case .turkish: "turc"
        }
    }

    /// Reads a code from a form, a cookie or a stored row; anything else is nil.
    public init?(code: String) {
        guard let language = SpaceLanguage(rawValue: code) else { return nil }
        self = language
    }

    /// The first of these languages named in a person's free-text languages ("dari, anglais"), if any.
    public static func guess(from spoken: String?) -> SpaceLanguage? {
        guard let spoken else { return nil }
        let words = SearchKey.fold(spoken).split(separator: " ").map(String.init)
        for word in words {
            if let language = allCases.first(where: { $0 != .french && $0.spokenNames.contains(word) }) {
                return language
            }
        }
        return nil
    }

    /// Names a caseworker may type for the language, folded (lower case, no accents).
    var spokenNames: Set<String> {
        switch self {
        case .french: ["francais", "french"]
        case .english: ["anglais", "english"]
        case .arabic: ["arabe", "arabic"]
        case .dari: ["dari", "persan", "farsi"]
        case .pashto: ["pachto", "pashto", "pachtou", "pashtu"]
        case .ukrainian: ["ukrainien", "ukrainian"]
        case .russian: ["russe", "russian"]
        case .tigrinya: ["tigrinya", "tigrigna", "tigrina"]
        case .turkish: ["turc", "turkish"]
        }
    }
}
