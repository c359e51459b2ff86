import ArgumentParser

/// The `parcours` command: serve, run the demo, migrate.
@main
struct Parcours: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parcours",
        abstract: "Parcours : accueil et intégration des personnes étrangères primo-arrivantes et réfugiées.",
        subcommands: [ServeCommand.self, DemoCommand.self, MigrateCommand.self]
    )
}
