/// Latency percentiles of one benchmark row, in milliseconds.
struct Percentiles: Sendable {
    let p50: Double
    let p95: Double
    let p99: Double
    let count: Int

    /// The nearest-rank percentiles of the samples (in nanoseconds).
    init(nanoseconds samples: [UInt64]) {
        let sorted = samples.sorted()
        func rank(_ fraction: Double) -> Double {
            guard !sorted.isEmpty else { return 0 }
            let index = min(sorted.count - 1, max(0, Int((fraction * Double(sorted.count)).rounded(.up)) - 1))
            return Double(sorted[index]) / 1_000_000
        }
        p50 = rank(0.50)
        p95 = rank(0.95)
        p99 = rank(0.99)
        count = sorted.count
    }
}

/// Times an operation many times after a warm-up; returns its percentiles.
enum Stopwatch {
    static func measure(
        iterations: Int,
        warmUp: Int = 10,
        _ operation: () async throws -> Void
    ) async throws -> Percentiles {
        for _ in 0..<warmUp { try await operation() }
        var samples: [UInt64] = []
        samples.reserveCapacity(iterations)
        let clock = ContinuousClock()
        for _ in 0..<iterations {
            let elapsed = try await clock.measure { try await operation() }
            let (seconds, attoseconds) = elapsed.components
            samples.append(UInt64(seconds) * 1_000_000_000 + UInt64(attoseconds / 1_000_000_000))
        }
        return Percentiles(nanoseconds: samples)
    }
}
