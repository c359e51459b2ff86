import ArgumentParser
import Domain
import Logging
import Persistence
import SampleData
import Services
import Web

/// `parcours bench-render`: on a database filled by `parcours seed`, times the rendering alone (views and response
/// body, no HTTP, no SQL) of the busiest département's organisation list (50 households) and of the household file
/// that `parcours bench` measures.
struct RenderBenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-render",
        abstract: "Mesure le seul rendu HTML de la liste des ménages et d'un dossier de ménage."
    )

    @OptionGroup var options: ServerOptions
    @Option(help: "Rendus mesurés par page (après 50 de mise en route).") var iterations = 2_000

    func run() async throws {
        let config = try await options.loadConfig()
        _ = Runtime.bootstrap(logLevel: .error)
        let (targets, probe) = try await Runtime.withDatabase(config, logger: Logger(label: "parcours-bench-render")) {
            database in
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
            let probe = try await HouseholdPagesProbe.make(
                environment: environment,
                manager: manager.account,
                caseworker: caseworker.account,
                householdID: targets.householdID
            )
            return (targets, probe)
        }
        var bytes = (list: 0, file: 0)
        let list = try await Stopwatch.measure(iterations: iterations, warmUp: 50) { bytes.list = probe.renderList() }
        let file = try await Stopwatch.measure(iterations: iterations, warmUp: 50) { bytes.file = probe.renderFile() }
        Console.say("Liste de l'organisation (\(probe.listRows) ménages, \(bytes.list) octets) : \(Self.line(list))")
        Console.say("Dossier du ménage \(targets.householdID) (\(bytes.file) octets) : \(Self.line(file))")
    }

    private static func line(_ percentiles: Percentiles) -> String {
        func microseconds(_ milliseconds: Double) -> String { String(Int((milliseconds * 1_000).rounded())) }
        return "p50 \(microseconds(percentiles.p50)) µs, p95 \(microseconds(percentiles.p95)) µs, "
            + "p99 \(microseconds(percentiles.p99)) µs (\(percentiles.count) rendus)"
    }
}
