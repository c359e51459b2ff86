import Configuration
import Foundation
import Logging
import Persistence
import Services
import SystemPackage

/// One message listing every setting that is missing or wrong, so that start-up stops once, not once per problem.
public struct ConfigurationError: Error, CustomStringConvertible, Sendable {
    public let problems: [String]

    public var description: String {
        "Configuration invalide, Parcours ne démarre pas :\n" + problems.map { "  - \($0)" }.joined(separator: "\n")
    }
}

extension AppConfig {
    /// The settings, each with its key (environment variable `PARCOURS_…`) as documented in docs/configuration.md.
    enum Key: String, CaseIterable {
        case host = "parcours.host"
        case port = "parcours.port"
        case databaseURL = "parcours.database.url"
        case logLevel = "parcours.log.level"
        case secureCookies = "parcours.secure.cookies"
        case sessionIdleMinutes = "parcours.session.idle.minutes"
        case sessionAbsoluteHours = "parcours.session.absolute.hours"
        case bcryptCost = "parcours.bcrypt.cost"
        case secondFactorRequired = "parcours.second.factor.required"
        case trustedProxies = "parcours.trusted.proxies"
        case metricsAllowed = "parcours.metrics.allowed"
        case metricsToken = "parcours.metrics.token"
        case auditKey = "parcours.audit.key"
        case auditKeyFile = "parcours.audit.key.file"
        case auditCheckpointFile = "parcours.audit.checkpoint.file"
        case auditCheckpointSeconds = "parcours.audit.checkpoint.seconds"
        case publicURL = "parcours.public.url"
        case smtpHost = "parcours.smtp.host"
        case smtpPort = "parcours.smtp.port"
        case smtpSecurity = "parcours.smtp.security"
        case smtpUsername = "parcours.smtp.username"
        case smtpPassword = "parcours.smtp.password"
        case smtpSender = "parcours.smtp.sender"
        case smtpSenderName = "parcours.smtp.sender.name"

        /// Settings whose value must never be printed or logged.
        var isSecret: Bool { [.databaseURL, .metricsToken, .auditKey, .smtpPassword].contains(self) }

        /// The environment variable that sets this key.
        var environmentName: String { rawValue.uppercased().replacingOccurrences(of: ".", with: "_") }
    }

    /// Reads the settings: command-line `overrides` first, then the environment, then the `.env` file, then defaults.
    public static func load(
        overrides: [String: String] = [:],
        environment: [String: String] = ProcessInfo.processInfo.environment,
        environmentFile: String? = ".env"
    ) async throws -> AppConfig {
        var providers: [any ConfigProvider] = [
            InMemoryProvider(
                name: "ligne de commande",
                values: Dictionary(
                    uniqueKeysWithValues: overrides.map {
                        (AbsoluteConfigKey(stringLiteral: $0.key), ConfigValue(.string($0.value), isSecret: false))
                    }
                )
            ),
            EnvironmentVariablesProvider(environmentVariables: environment),
        ]
        if let environmentFile {
            providers.append(
                try await EnvironmentVariablesProvider(
                    environmentFilePath: FilePath(environmentFile),
                    allowMissing: true
                )
            )
        }
        let reader = ConfigReader(providers: providers)
        return try parse { key in reader.string(forKey: ConfigKey(key.rawValue), isSecret: key.isSecret) }
    }

    /// Builds the configuration from raw values, collecting every problem before failing.
    static func parse(_ value: (Key) -> String?) throws -> AppConfig {
        var config = AppConfig()
        var problems: [String] = []
        /// Reads one setting: converts it and applies it, or records why it is refused.
        func read<T>(_ key: Key, expected: String, convert: (String) -> T?) -> T? {
            guard let raw = value(key) else { return nil }
            guard let converted = convert(raw.trimmingCharacters(in: .whitespaces)) else {
                problems.append("\(key.environmentName) : « \(raw) » n'est pas valable ; attendu : \(expected).")
                return nil
            }
            return converted
        }
        func integer(in range: ClosedRange<Int>) -> (String) -> Int? {
            { Int($0).flatMap { range.contains($0) ? $0 : nil } }
        }
        if let host = read(.host, expected: "une adresse, par exemple 127.0.0.1", convert: { $0.isEmpty ? nil : $0 }) {
            config.host = host
        }
        if let port = read(.port, expected: "un port entre 1 et 65535", convert: integer(in: 1...65535)) {
            config.port = port
        }
        if let raw = value(.databaseURL) {
            switch DatabaseURL.parse(raw) {
            case .success(let url): config.database = url
            case .failure(let error): problems.append("\(Key.databaseURL.environmentName) : \(error.message).")
            }
        }
        let levels = "trace, debug, info, notice, warning, error ou critical"
        if let level = read(.logLevel, expected: levels, convert: { Logger.Level(rawValue: $0.lowercased()) }) {
            config.logLevel = level
        }
        if let secure = read(.secureCookies, expected: "true ou false", convert: parseBool) {
            config.secureCookies = secure
        }
        let idleExpected = "un nombre de minutes entre 1 et 1440"
        if let minutes = read(.sessionIdleMinutes, expected: idleExpected, convert: integer(in: 1...1440)) {
            config.security.sessionIdleTimeout = .seconds(minutes * 60)
        }
        let absoluteExpected = "un nombre d'heures entre 1 et 168"
        if let hours = read(.sessionAbsoluteHours, expected: absoluteExpected, convert: integer(in: 1...168)) {
            config.security.sessionAbsoluteTimeout = .seconds(hours * 3600)
        }
        if let cost = read(.bcryptCost, expected: "un coût bcrypt entre 4 et 16", convert: integer(in: 4...16)) {
            config.security.bcryptCost = UInt8(cost)
        }
        if let required = read(.secondFactorRequired, expected: "true ou false", convert: parseBool) {
            config.security.secondFactorRequired = required
        }
        let addresses =
            "des adresses IP ou des plages CIDR séparées par des virgules, par exemple 10.0.0.1, 10.1.0.0/16"
        if let proxies = read(.trustedProxies, expected: addresses, convert: AddressRange.list) {
            config.trustedProxies = proxies
        }
        if let allowed = read(.metricsAllowed, expected: addresses, convert: AddressRange.list) {
            config.metricsAllowed = allowed
        }
        let tokenExpected = "un jeton de 32 caractères au moins"
        if let token = read(.metricsToken, expected: tokenExpected, convert: { $0.count >= 32 ? $0 : nil }) {
            config.metricsToken = token
        }
        let keyExpected = "une clé de 64 chiffres hexadécimaux au moins (par exemple : openssl rand -hex 32)"
        if let key = read(.auditKey, expected: keyExpected, convert: AuditKey.init(hex:)) {
            config.security.auditKey = key
        }
        if let file = read(.auditKeyFile, expected: "un chemin de fichier", convert: { $0.isEmpty ? nil : $0 }) {
            config.auditKeyFile = file
        }
        let checkpointFile = read(.auditCheckpointFile, expected: "un chemin de fichier", convert: { $0 })
        config.security.auditCheckpointFile =
            checkpointFile.map { $0.isEmpty ? nil : $0 } ?? config.besideDatabase("audit-checkpoints.log")
        let intervalExpected = "un nombre de secondes entre 5 et 86400"
        if let seconds = read(.auditCheckpointSeconds, expected: intervalExpected, convert: integer(in: 5...86_400)) {
            config.auditCheckpointInterval = .seconds(seconds)
        }
        parseMail(value, into: &config, problems: &problems)
        guard problems.isEmpty else { throw ConfigurationError(problems: problems) }
        return config
    }

    private static func parseBool(_ raw: String) -> Bool? {
        switch raw.lowercased() {
        case "true", "1", "yes", "oui": true
        case "false", "0", "no", "non": false
        default: nil
        }
    }
}
