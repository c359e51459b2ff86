import Foundation

/// The wrk load generator, run on 127.0.0.1 for a bounded time.
struct Wrk: Sendable {
    let path: String

    /// wrk from the PATH, if installed.
    static func find() -> Wrk? {
        let directories = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin").split(separator: ":")
        for directory in directories {
            let candidate = "\(directory)/wrk"
            if FileManager.default.isExecutableFile(atPath: candidate) { return Wrk(path: candidate) }
        }
        return nil
    }

    /// Runs wrk on a thread of its own, so that waiting for it never holds one of the threads serving requests.
    func measure(url: String, cookie: String?, seconds: Int) async throws -> Double {
        try await withCheckedThrowingContinuation { continuation in
            Thread {
                continuation.resume(with: Result { try run(url: url, cookie: cookie, seconds: seconds) })
            }.start()
        }
    }

    /// Requests per second over `seconds`, two threads and sixteen connections.
    func run(url: String, cookie: String?, seconds: Int) throws -> Double {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        var arguments = ["-t2", "-c16", "-d\(seconds)s", "--latency"]
        if let cookie { arguments += ["-H", "Cookie: \(cookie)"] }
        process.arguments = arguments + [url]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = Pipe()
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let text = String(decoding: data, as: UTF8.self)
        if text.contains("Non-2xx or 3xx responses") { throw BenchError("wrk a reçu des erreurs sur \(url)") }
        guard let line = text.split(separator: "\n").first(where: { $0.hasPrefix("Requests/sec:") }),
            let value = Double(line.split(separator: " ").last ?? "")
        else { throw BenchError("sortie de wrk illisible : \(text)") }
        return value
    }
}

/// The throughput of an authenticated page against a bare route.
struct BenchThroughput: Sendable {
    let page: Double
    let light: Double
    let bare: Double
    let seconds: Int

    /// The page's requests per second as a share of the bare route's.
    var share: Double { bare > 0 ? page / bare : 0 }
    /// The signed-in page without data as a share of the bare route.
    var lightShare: Double { bare > 0 ? light / bare : 0 }
}
