import Domain
import Synchronization

/// Identifiers and tokens from a counter: unique, predictable, long enough to pass every length check.
public final class SequentialIdentifiers: IdentifierSource {
    private let counter = Atomic<Int>(0)

    public init() {}

    public func makeIdentifier() -> String { "id" + next(width: 20) }

    public func makeToken(byteCount: Int) -> String { "tok" + next(width: max(20, byteCount * 4 / 3)) }

    private func next(width: Int) -> String {
        let value = String(counter.add(1, ordering: .relaxed).newValue)
        return String(repeating: "0", count: max(0, width - value.count)) + value
    }
}
