import ArgumentParser
import Foundation
import Services
import Web

/// `parcours audit verify | checkpoint | key`: the audit chain, its signed checkpoints and its key.
struct AuditCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "Contrôle le journal d'audit.",
        subcommands: [Verify.self, Checkpoint.self, Key.self]
    )

    /// Recomputes every event's keyed hash in order and checks every signed checkpoint.
    struct Verify: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Vérifie la chaîne d'empreintes et les points de contrôle signés ; code de sortie 1 si elle "
                + "est rompue ou tronquée."
        )

        @OptionGroup var options: ServerOptions

        func run() async throws {
            let (result, file) = try await DatabaseCommand.run(options) { environment in
                (try await environment.verifyAuditLog(), environment.security.auditCheckpointFile)
            }
            let external = try AuditCheckpoints.read(file: file).count
            switch result {
            case .intact(let events):
                let source = file.map { " (dont \(external) dans \($0))" } ?? ""
                Console.say(
                    "Journal d'audit intact : \(events) événements et leurs points de contrôle vérifiés\(source)."
                )
            case .broken(let seq, let reason):
                Console.error("Journal d'audit altéré : premier maillon rompu à l'événement n° \(seq) : \(reason).")
                throw ExitCode(1)
            }
        }
    }

    /// Writes a signed checkpoint now (the server also writes them at intervals).
    struct Checkpoint: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Écrit maintenant un point de contrôle signé du journal d'audit (base et fichier)."
        )

        @OptionGroup var options: ServerOptions

        func run() async throws {
            let written = try await DatabaseCommand.run(options) { try await $0.writeAuditCheckpoint() }
            if let written {
                Console.say(
                    "Point de contrôle écrit : \(written.eventCount) événements, empreinte \(written.headHash)."
                )
            } else {
                Console.say("Aucun événement nouveau depuis le dernier point de contrôle.")
            }
        }
    }

    /// Creates the key file where the configuration expects it, if it does not exist.
    struct Key: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Crée la clé du journal d'audit (32 octets aléatoires, lisible par son seul propriétaire)."
        )

        @OptionGroup var options: ServerOptions
        @Option(help: "Fichier de la clé (sinon PARCOURS_AUDIT_KEY_FILE, ou à côté d'une base SQLite).") var file:
            String?

        func run() async throws {
            var config = try await options.loadConfig(auditKey: .none)
            if let file { config.auditKeyFile = file }
            guard let path = config.auditKeyPath else {
                Console.error("Indiquez où écrire la clé : --file CHEMIN ou PARCOURS_AUDIT_KEY_FILE.")
                throw ExitCode(2)
            }
            if FileManager.default.fileExists(atPath: path) {
                Console.say("La clé existe déjà : \(path) (laissée telle quelle).")
                return
            }
            do {
                _ = try config.loadingAuditKey(createIfMissing: true)
            } catch let error as ConfigurationError {
                Console.error(error.description)
                throw ExitCode(2)
            }
            Console.say("Clé du journal d'audit créée : \(path). Gardez-en une copie hors de la base de données.")
        }
    }
}
