import ArgumentParser
import SampleData

/// The `parcours` command: serve, demo, migrate, init, user, token, audit, purge, extract.
@main
struct Parcours: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parcours",
        abstract: "Parcours : accueil et intégration des personnes étrangères primo-arrivantes et réfugiées.",
        subcommands: [
            ServeCommand.self, DemoCommand.self, MigrateCommand.self, InitCommand.self, UserCommand.self,
            TokenCommand.self,
            AuditCommand.self, PurgeCommand.self, ExtractCommand.self, SeedCommand.self, BenchCommand.self,
            RenderBenchCommand.self,
        ]
    )
}
