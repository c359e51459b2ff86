import ArgumentParser
import Domain
import Foundation
import HTTPTypes
import HummingbirdTesting
import Logging
import Persistence
import SampleData
import Services
import Web

/// `parcours bench`: on a database filled by `parcours seed`, measures the main pages over HTTP on 127.0.0.1,
/// each next to its floor measured in the same run, then the throughput of an authenticated page against a bare
/// route with wrk, and the server's peak memory.
struct BenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Mesure les temps de réponse et le débit sur une base remplie par « parcours seed »."
    )

    @OptionGroup var options: ServerOptions
    @Option(help: "Mesures par ligne (après 10 de mise en route).") var iterations = 300
    @Option(help: "Durée de chaque charge wrk, en secondes (0 : pas de charge).") var wrkSeconds = 10
    @Option(help: "Fichier Markdown où écrire le tableau (par exemple docs/benchmarks.md).") var report: String?
    @Option(help: "Port de Parcours pendant la mesure.") var appPort = 18_181
    @Option(help: "Port de la route Hummingbird nue.") var barePort = 18_182

    func run() async throws {
        var config = try await options.loadConfig(auditKey: .createdIfMissing)
        config.security.secondFactorRequired = false
        config.logLevel = .error
        _ = Runtime.bootstrap(logLevel: .error)
        let logger = Logger(label: "parcours-bench")
        let (counts, targets, outcome) = try await Runtime.withDatabase(config, logger: logger) { database in
            let environment = ServiceEnvironment(
                database: database,
                time: SystemTime(),
                ids: RandomIdentifiers(),
                security: config.security
            )
            let targets = try await database.read { try await BenchTargets.find(in: $0) }
            let login = LoginService(environment: environment)
            let caseworker = try await login.login(email: targets.caseworkerEmail, password: SeedAccounts.password)
            let manager = try await login.login(email: targets.managerEmail, password: SeedAccounts.password)
            let national = try await login.login(email: SeedAccounts.nationalEmail, password: SeedAccounts.password)
            let measure = BenchMeasurements(
                environment: environment,
                targets: targets,
                caseworker: caseworker,
                manager: manager,
                national: national,
                iterations: iterations,
                appPort: appPort,
                barePort: barePort
            )
            let servers = BenchServers(appPort: appPort, barePort: barePort)
            let wrkSeconds = wrkSeconds
            let outcome = try await servers.run(config: config, database: database, logger: logger) {
                let rows = try await measure.rows()
                let throughput = wrkSeconds > 0 ? try await measure.throughput(seconds: wrkSeconds) : nil
                let calendar = wrkSeconds > 0 ? try await measure.calendarThroughput(seconds: wrkSeconds) : nil
                return (rows, throughput, calendar)
            }
            let counts = try await database.read { try await BenchCounts.read(in: $0) }
            return (counts, targets, outcome)
        }
        let text = BenchReport(
            engine: config.database.isPostgres ? "PostgreSQL" : "SQLite",
            counts: counts,
            targets: targets,
            rows: outcome.0,
            throughput: outcome.1,
            calendarThroughput: outcome.2,
            peakMemoryMB: BenchReport.peakResidentMemoryMB()
        ).markdown
        Console.say(text)
        if let report {
            try BenchReport.write(text, engine: config.database.isPostgres ? "postgresql" : "sqlite", to: report)
        }
    }
}
