import ArgumentParser
import Services

/// `parcours audit verify`: walks the audit chain and names the first broken link.
struct AuditCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "Contrôle le journal d'audit.",
        subcommands: [Verify.self]
    )

    /// Recomputes every event's hash in order.
    struct Verify: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Vérifie la chaîne d'empreintes du journal d'audit ; code de sortie 1 si elle est rompue."
        )

        @OptionGroup var options: ServerOptions

        func run() async throws {
            let result = try await DatabaseCommand.run(options) { try await AuditLog.verify(database: $0.database) }
            switch result {
            case .intact(let events):
                Console.say("Journal d'audit intact : \(events) événements vérifiés.")
            case .broken(let seq, let reason):
                Console.error("Journal d'audit altéré : premier maillon rompu à l'événement n° \(seq) : \(reason).")
                throw ExitCode(1)
            }
        }
    }
}
