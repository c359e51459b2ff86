import Foundation

/// Identifiers of the same kind found on both records, equal or not.
struct IdentifierComparison: Sendable {
    /// Kinds whose normalised values are equal.
    let sameKinds: [String]
    /// Kinds present on both records with different values.
    let differentKinds: [String]

    /// Compares identifiers kind by kind; values ignore case, spaces and punctuation.
    init(_ left: [String: String], _ right: [String: String]) {
        let leftValues = Self.normalized(left)
        let rightValues = Self.normalized(right)
        var same: [String] = []
        var different: [String] = []
        for kind in leftValues.keys.sorted() {
            guard let other = rightValues[kind] else { continue }
            if other == leftValues[kind] { same.append(kind) } else { different.append(kind) }
        }
        sameKinds = same
        differentKinds = different
    }

    /// Identifiers with lowercase kinds and values reduced to uppercase letters and digits.
    private static func normalized(_ identifiers: [String: String]) -> [String: String] {
        var result: [String: String] = [:]
        for (kind, value) in identifiers {
            let cleanValue = String(value.uppercased().filter { $0.isLetter || $0.isNumber })
            let cleanKind = kind.trimmingCharacters(in: .whitespaces).lowercased()
            if !cleanValue.isEmpty && !cleanKind.isEmpty { result[cleanKind] = cleanValue }
        }
        return result
    }

    /// Label of an identifier kind in French reasons ("agdref" → "AGDREF").
    static func label(_ kind: String) -> String {
        switch kind {
        case "passport", "passeport": "de passeport"
        case "nir", "secu", "securite_sociale": "NIR"
        default: kind.uppercased()
        }
    }
}
