import ArgumentParser
import Logging

/// `parcours serve`: the production server; never loads demo data.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Démarre le serveur (applique d'abord les migrations en attente)."
    )

    @OptionGroup var options: ServerOptions

    func run() async throws {
        let config = try await options.loadConfig()
        let registry = Runtime.bootstrap(logLevel: config.logLevel)
        let logger = Logger(label: "parcours")
        logger.info("Démarrage", metadata: ["base": "\(config.database.redacted)", "port": "\(config.port)"])
        try await Runtime.serve(config, registry: registry, logger: logger)
    }
}
