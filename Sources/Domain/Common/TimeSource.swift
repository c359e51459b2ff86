import Foundation

/// The source of the current time, injected so that tests can freeze it.
public protocol TimeSource: Sendable {
    /// The current instant.
    func now() -> Date
}

/// The system clock, used in production.
public struct SystemTime: TimeSource {
    public init() {}
    public func now() -> Date { Date() }
}

/// A clock frozen at one instant, for tests and reproducible commands.
public struct FixedTime: TimeSource {
    public let instant: Date
    public init(_ instant: Date) { self.instant = instant }
    public func now() -> Date { instant }
}
