import ArgumentParser
import Foundation
import Logging
import Persistence
import Services

/// `parcours backup`: a consistent copy of the database while the server runs, with its manifest.
struct BackupCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup",
        abstract:
            "Sauvegarde cohérente de la base pendant que le serveur tourne (SQLite : VACUUM INTO ; PostgreSQL : "
            + "pg_dump au format custom), avec un manifeste (lignes par table, tête de la chaîne d'audit, SHA-256)."
    )

    @OptionGroup var options: ServerOptions
    @Option(help: "Fichier de la sauvegarde (ne doit pas exister) ; le manifeste est écrit à côté (.manifest.json).")
    var output: String

    func run() async throws {
        let config = try await options.loadConfig(auditKey: .none)
        _ = Runtime.bootstrap(logLevel: .warning)
        let logger = Logger(label: "parcours")
        // Opened as it is, never migrated: a backup copies the database the server runs on, changing nothing.
        let database = try await Runtime.explainingFailures(config) {
            try await DatabaseFactory.open(config.database, logger: logger)
        }
        let manifest: BackupManifest
        do {
            manifest = try await DatabaseFactory.with(database) { database in
                try await DatabaseBackup.backup(database, url: config.database, to: output, now: Date(), logger: logger)
            }
        } catch let error as BackupError {
            Console.error("Sauvegarde impossible : \(error.message)")
            throw ExitCode(1)
        }
        Console.say(
            "Sauvegarde écrite : \(output) (\(manifest.tables.count) tables, \(manifest.rows) lignes, "
                + "chaîne d'audit jusqu'à l'événement n° \(manifest.auditHead?.sequence ?? 0)) ; "
                + "manifeste : \(BackupManifest.path(besides: output))."
        )
    }
}

/// `parcours restore`: restores a backup into an empty database and checks it against its manifest.
struct RestoreCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "restore",
        abstract:
            "Restaure une sauvegarde dans une base vide (fichier SQLite nouveau ou base PostgreSQL neuve) et la "
            + "vérifie contre son manifeste ; code de sortie 1 au moindre écart."
    )

    @OptionGroup var options: ServerOptions
    @Argument(help: "Fichier de la sauvegarde (son manifeste .manifest.json à côté).") var file: String

    func run() async throws {
        let config = try await options.loadConfig(auditKey: .none)
        _ = Runtime.bootstrap(logLevel: .warning)
        do {
            let manifest = try await DatabaseRestore.restore(
                file,
                into: config.database,
                logger: Logger(label: "parcours")
            )
            Console.say(
                "Restauration vérifiée dans \(config.database.redacted) : \(manifest.tables.count) tables et "
                    + "\(manifest.rows) lignes comme au manifeste du \(manifest.createdAt), même tête de la chaîne "
                    + "d'audit. Vérifiez la chaîne entière avec « parcours audit verify »."
            )
        } catch let error as BackupError {
            Console.error("Restauration refusée : \(error.message)")
            throw ExitCode(1)
        }
    }
}
