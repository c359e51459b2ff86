import ArgumentParser
import Domain
import Foundation
import Services
import Web

/// `parcours extract`: writes the weekly pseudonymised extract for the ministry's statistics service, as CSV.
struct ExtractCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Écrit l'extrait statistique pseudonymisé (CSV) : une ligne par personne accompagnée à la date."
    )

    @OptionGroup var options: ServerOptions
    @Option(help: "Date de l'extrait, AAAA-MM-JJ (défaut : aujourd'hui).") var date: String?
    @Option(help: "Fichier à écrire (défaut : la sortie standard).") var output: String?

    /// Refuses a date that is not a real AAAA-MM-JJ day before opening the database.
    func validate() throws {
        if let date, CalendarDay(iso: date) == nil {
            throw ValidationError("La date doit être un jour réel au format AAAA-MM-JJ : « \(date) ».")
        }
    }

    /// Starts the audited extract, then writes it page by page to the file or to standard output.
    func run() async throws {
        let (day, rows) = try await DatabaseCommand.run(options) { environment in
            let extract = try await StatisticalExtractService(environment: environment).start(
                on: date.flatMap(CalendarDay.init(iso:)),
                actor: nil
            )
            let handle = try Self.open(output)
            defer { if output != nil { try? handle.close() } }
            let rows = try await StatisticalExtractFile.write(extract) { handle.write(Data($0)) }
            return (extract.day, rows)
        }
        // On standard error: standard output may be the file itself.
        Console.error(
            "Extrait statistique du \(day.french) : \(FrenchNumber.count(rows, "personne accompagnée", plural: "personnes accompagnées"))."
        )
    }

    /// The file to write, emptied first, or standard output.
    static func open(_ path: String?) throws -> FileHandle {
        guard let path else { return FileHandle.standardOutput }
        guard FileManager.default.createFile(atPath: path, contents: nil) else {
            Console.error("Impossible d'écrire le fichier « \(path) ».")
            throw ExitCode(1)
        }
        return try FileHandle(forWritingTo: URL(fileURLWithPath: path))
    }
}
