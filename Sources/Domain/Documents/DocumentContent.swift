import Foundation

/// The kinds of file the document store accepts, recognised by their content (magic bytes), never by their name or
/// the type the browser declares.
public enum DocumentMediaType: String, Sendable, CaseIterable, Codable {
    case pdf = "application/pdf"
    case png = "image/png"
    case jpeg = "image/jpeg"

    /// The usual extension, for download names.
    public var fileExtension: String {
        switch self {
        case .pdf: "pdf"
        case .png: "png"
        case .jpeg: "jpg"
        }
    }
}

/// Why an uploaded file is refused, with its French message.
public enum DocumentProblem: Error, Sendable, Equatable {
    case empty
    case tooLarge(bytes: Int)
    case notAllowed

    /// The message shown on the file field.
    public var message: String {
        switch self {
        case .empty: "Le fichier est vide : choisissez le document à joindre."
        case .tooLarge(let bytes):
            "Le fichier pèse \(FrenchNumber.grouped(bytes / 1_048_576 + 1)) Mo : 10 Mo au plus par pièce."
        case .notAllowed:
            "Ce fichier n'est ni un PDF, ni une image PNG ou JPEG (son contenu a été vérifié, quel que soit son nom)."
        }
    }
}

/// The checks of an uploaded file.
public enum DocumentContent {
    /// The largest file accepted: 10 Mo.
    public static let maximumBytes = 10 * 1_048_576

    /// The media type read from the first bytes, or why the file is refused.
    public static func check(_ bytes: some Collection<UInt8>) -> Result<DocumentMediaType, DocumentProblem> {
        if bytes.isEmpty { return .failure(.empty) }
        if bytes.count > maximumBytes { return .failure(.tooLarge(bytes: bytes.count)) }
        let head = Array(bytes.prefix(8))
        if head.starts(with: Array("%PDF-".utf8)) { return .success(.pdf) }
        if head == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] { return .success(.png) }
        if head.count >= 3 && head[0] == 0xFF && head[1] == 0xD8 && head[2] == 0xFF { return .success(.jpeg) }
        return .failure(.notAllowed)
    }

    /// A file name safe in a `Content-Disposition` header and on any disk: the base name only, letters (accents
    /// folded), digits, dot, dash and underscore, at most 80 characters, with the extension of its real type.
    public static func safeFileName(_ raw: String, type: DocumentMediaType) -> String {
        let base = raw.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
        let stem = base.split(separator: ".", omittingEmptySubsequences: false).dropLast(base.contains(".") ? 1 : 0)
            .joined(separator: ".")
        let folded = stem.applyingTransform(.stripDiacritics, reverse: false) ?? stem
        var cleaned = String(
            folded.unicodeScalars.map { scalar -> Character in
                let allowed =
                    ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
                    || scalar == "-" || scalar == "_"
                return allowed ? Character(scalar) : "_"
            }
        )
        while cleaned.contains("__") { cleaned = cleaned.replacingOccurrences(of: "__", with: "_") }
        cleaned = String(cleaned.trimmingCharacters(in: CharacterSet(charactersIn: "_-")).prefix(80))
        return (cleaned.isEmpty ? "document" : cleaned) + "." + type.fileExtension
    }
}
