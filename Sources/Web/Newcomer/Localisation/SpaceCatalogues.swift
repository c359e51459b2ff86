import Domain
import Foundation

/// The gettext catalogues of the newcomer's space, one `.po` file per language in `Resources/Locales`, read once at
/// start-up: a malformed file stops the server with its line number rather than showing half-translated pages.
public struct SpaceCatalogues: Sendable {
    /// The catalogue of each language.
    public let byLanguage: [SpaceLanguage: POCatalogue]

    /// The catalogues shipped with Parcours, read on first use (the router reads them while it is built).
    public static let bundled: SpaceCatalogues = {
        do {
            return try load(folder: resourceFolder)
        } catch {
            fatalError("Catalogues de traduction illisibles : \(error)")
        }
    }()

    /// The folder of the `.po` files.
    static var resourceFolder: URL {
        Bundle.module.resourceURL?.appendingPathComponent("Locales")
            ?? URL(fileURLWithPath: "Sources/Web/Resources/Locales")
    }

    /// Reads every language's catalogue from a folder (`fr.po`, `fa_AF.po`…).
    public static func load(folder: URL) throws -> SpaceCatalogues {
        var byLanguage: [SpaceLanguage: POCatalogue] = [:]
        for language in SpaceLanguage.allCases {
            let file = folder.appendingPathComponent(language.rawValue + ".po")
            let text = try String(contentsOf: file, encoding: .utf8)
            do {
                byLanguage[language] = try POCatalogue.parse(text)
            } catch {
                throw CatalogueLoadError(file: file.lastPathComponent, problem: error.description)
            }
        }
        return SpaceCatalogues(byLanguage: byLanguage)
    }

    /// The translation of a key in a language: its singular text or the plural form of `count`; French when the
    /// language lacks it (CI refuses such a catalogue), the key itself as a last resort.
    func text(_ key: String, in language: SpaceLanguage, count: Int? = nil) -> String {
        for candidate in [language, .french] {
            guard let entry = byLanguage[candidate]?.entries[key], !entry.forms.isEmpty else { continue }
            let index = count.map { PluralRules.formIndex(of: $0, in: candidate) } ?? 0
            let form = entry.forms[min(index, entry.forms.count - 1)]
            if !form.isEmpty { return form }
        }
        return key
    }
}

/// A catalogue that could not be read.
struct CatalogueLoadError: Error, CustomStringConvertible {
    let file: String
    let problem: String

    var description: String { "\(file), \(problem)" }
}
