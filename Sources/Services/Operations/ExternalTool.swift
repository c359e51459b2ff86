import Foundation

/// Runs a command-line tool (pg_dump, pg_restore) and checks its exit status; its standard error becomes the message.
enum ExternalTool {
    /// Runs `executable` with `arguments`; throws with the tool's own message unless it exits with 0.
    static func run(_ executable: String, _ arguments: [String], environment: [String: String] = [:]) async throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try locate(executable))
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        // Standard error goes to a file, not a pipe: a tool that writes more than a pipe holds would never end.
        let errorFile = FileManager.default.temporaryDirectory.appendingPathComponent(
            "parcours-\(UUID().uuidString).err"
        )
        guard FileManager.default.createFile(atPath: errorFile.path, contents: nil) else {
            throw BackupError("fichier temporaire impossible à créer : \(errorFile.path)")
        }
        defer { try? FileManager.default.removeItem(at: errorFile) }
        let errors = try FileHandle(forWritingTo: errorFile)
        defer { try? errors.close() }
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        let status: Int32 = try await withCheckedThrowingContinuation { continuation in
            process.terminationHandler = { continuation.resume(returning: $0.terminationStatus) }
            do { try process.run() } catch {
                process.terminationHandler = nil
                continuation.resume(throwing: BackupError("\(executable) n'a pas pu être lancé : \(error)"))
            }
        }
        let message = String(decoding: (try? Data(contentsOf: errorFile)) ?? Data(), as: UTF8.self).suffix(2_000)
        guard status == 0 else {
            throw BackupError(
                "\(executable) a échoué (code \(status)) : \(message.trimmingCharacters(in: .whitespacesAndNewlines))"
            )
        }
    }

    /// The tool's path: on the PATH, or in Debian's PostgreSQL directories.
    static func locate(_ name: String) throws -> String {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        let candidates =
            path.split(separator: ":").map { "\($0)/\(name)" }
            + (15...17).reversed().map { "/usr/lib/postgresql/\($0)/bin/\(name)" }
        guard let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
            throw BackupError("\(name) est introuvable : installez le client PostgreSQL (paquet postgresql-client)")
        }
        return found
    }
}
