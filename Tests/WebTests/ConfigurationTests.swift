import Persistence
import Testing

@testable import Web

@Suite("Configuration")
struct ConfigurationTests {
    @Test func defaultsWithoutAnySetting() async throws {
        let config = try await AppConfig.load(environment: [:], environmentFile: nil)
        #expect(config.port == 8080)
        #expect(config.host == "127.0.0.1")
        #expect(config.database == .sqliteFile(path: "var/parcours.sqlite"))
        #expect(config.security.bcryptCost == 12)
    }

    @Test func commandLineWinsOverEnvironment() async throws {
        let config = try await AppConfig.load(
            overrides: ["parcours.port": "9000"],
            environment: ["PARCOURS_PORT": "8500", "PARCOURS_DATABASE_URL": "sqlite::memory:"],
            environmentFile: nil
        )
        #expect(config.port == 9000)
        #expect(config.database == .sqliteMemory)
    }

    @Test func everyProblemIsListedInOneMessage() async throws {
        do {
            _ = try await AppConfig.load(
                environment: [
                    "PARCOURS_PORT": "quatre-vingts", "PARCOURS_DATABASE_URL": "mysql://x/y",
                    "PARCOURS_LOG_LEVEL": "bavard",
                ],
                environmentFile: nil
            )
            Issue.record("bad settings accepted")
        } catch let error as ConfigurationError {
            #expect(error.problems.count == 3)
            #expect(error.description.contains("PARCOURS_PORT : « quatre-vingts » n'est pas valable"))
            #expect(error.description.contains("PARCOURS_DATABASE_URL"))
            #expect(error.description.contains("PARCOURS_LOG_LEVEL"))
        }
    }

    @Test func everyKeyHasAnEnvironmentVariableDocumented() throws {
        let documentation = try String(
            contentsOfFile: #filePath.replacingOccurrences(
                of: "Tests/WebTests/ConfigurationTests.swift",
                with: "docs/configuration.md"
            ),
            encoding: .utf8
        )
        for key in AppConfig.Key.allCases {
            #expect(documentation.contains(key.environmentName), "\(key.environmentName)")
        }
    }
}
