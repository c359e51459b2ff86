import Foundation

/// The benchmark's Markdown output, and its place in `docs/benchmarks.md`.
struct BenchReport: Sendable {
    let engine: String
    let counts: BenchCounts
    let targets: BenchTargets
    let rows: [BenchRow]
    let throughput: BenchThroughput?
    /// Requests per second of the public calendar of the Semaine, without login (bar: ≥ 2 000).
    let calendarThroughput: Double?
    let peakMemoryMB: Double?

    var markdown: String {
        var lines = [
            "### \(engine)",
            "",
            "Base : \(counts.text). Mesuré pour \(targets.caseworkerEmail) (département \(targets.departement)).",
            "",
            BenchRow.header,
        ]
        lines += rows.map(\.markdown)
        lines.append("")
        if let throughput {
            lines.append(
                "Débit (wrk, 2 fils, 16 connexions, \(throughput.seconds) s) : « mes ménages » authentifié "
                    + "\(Int(throughput.page)) req/s, route nue \(Int(throughput.bare)) req/s, soit "
                    + "\(Int((throughput.share * 100).rounded())) % (seuil ≥ 40 % : \(throughput.share >= 0.4 ? "✔" : "✘")) ; "
                    + "page connectée sans données (déclaration d'accessibilité) \(Int(throughput.light)) req/s, soit "
                    + "\(Int((throughput.lightShare * 100).rounded())) %."
            )
        } else {
            lines.append("Débit : non mesuré (`--wrk-seconds 0`, ou wrk absent : `apt-get install wrk`).")
        }
        if let calendarThroughput {
            lines.append(
                "Débit du calendrier public de la Semaine (wrk, sans connexion) : \(Int(calendarThroughput)) req/s "
                    + "(seuil ≥ 2 000 : \(calendarThroughput >= 2_000 ? "✔" : "✘"))."
            )
        }
        if let peakMemoryMB {
            lines.append("Mémoire résidente maximale du processus serveur : \(Int(peakMemoryMB.rounded())) Mo.")
        }
        return lines.joined(separator: "\n")
    }

    /// The peak resident memory of this process (VmHWM), in megabytes, on Linux.
    static func peakResidentMemoryMB() -> Double? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
            let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
            let kilobytes = Double(line.split(separator: " ").dropFirst().first ?? "")
        else { return nil }
        return kilobytes / 1024
    }

    /// Replaces the engine's section of the report file (between its markers), or appends it.
    static func write(_ text: String, engine: String, to path: String) throws {
        let start = "<!-- bench:\(engine):start -->"
        let end = "<!-- bench:\(engine):end -->"
        let block = "\(start)\n\(text)\n\(end)"
        var content = (try? String(contentsOfFile: path, encoding: .utf8)) ?? "# Mesures de performance\n"
        if let lower = content.range(of: start), let upper = content.range(of: end), lower.lowerBound < upper.upperBound
        {
            content.replaceSubrange(lower.lowerBound..<upper.upperBound, with: block)
        } else {
            content += "\n\(block)\n"
        }
        try content.write(toFile: path, atomically: true, encoding: .utf8)
    }
}
