import Foundation

/// Runs LibreOffice headless to convert a workbook.
enum LibreOffice {
    /// The `soffice` on the PATH, if any.
    static let executable: URL? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        return path.split(separator: ":")
            .map { URL(fileURLWithPath: String($0)).appendingPathComponent("soffice") }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }()

    /// Converts `workbook` to CSV in `folder` (UTF-8, comma, every text cell quoted) and returns the CSV, with
    /// line feeds as line ends.
    static func convertToCSV(_ workbook: URL, in folder: URL) throws -> String {
        guard let executable else { throw CocoaError(.fileNoSuchFile) }
        let process = Process()
        process.executableURL = executable
        // Its own profile folder, so that it neither waits for nor disturbs another running LibreOffice.
        let profile = folder.appendingPathComponent("profile", isDirectory: true)
        process.arguments = [
            "-env:UserInstallation=\(profile.absoluteString)", "--headless",
            "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,true",
            "--outdir", folder.path, workbook.path,
        ]
        var environment = ProcessInfo.processInfo.environment
        environment["LC_ALL"] = "C.UTF-8"
        process.environment = environment
        let log = folder.appendingPathComponent("soffice.log")
        guard FileManager.default.createFile(atPath: log.path, contents: nil) else {
            throw CocoaError(.fileWriteUnknown)
        }
        let logHandle = try FileHandle(forWritingTo: log)
        defer { try? logHandle.close() }
        process.standardOutput = logHandle
        process.standardError = logHandle
        try process.run()
        try wait(for: process, seconds: 180)
        let csv = workbook.deletingPathExtension().appendingPathExtension("csv")
        guard process.terminationStatus == 0, FileManager.default.fileExists(atPath: csv.path) else {
            let output = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
            throw ConversionError(status: process.terminationStatus, output: output)
        }
        return try String(contentsOf: csv, encoding: .utf8).replacingOccurrences(of: "\r\n", with: "\n")
    }

    private static func wait(for process: Process, seconds: Double) throws {
        let deadline = Date().addingTimeInterval(seconds)
        while process.isRunning {
            guard Date() < deadline else {
                process.terminate()
                throw ConversionError(status: -1, output: "soffice ran longer than \(seconds) s")
            }
            Thread.sleep(forTimeInterval: 0.05)
        }
    }

    /// soffice failed or produced no CSV.
    struct ConversionError: Error {
        let status: Int32
        let output: String
    }
}
