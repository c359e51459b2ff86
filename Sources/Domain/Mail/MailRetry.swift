/// When a message that could not be delivered is tried again: exponential backoff from one minute, doubled at each
/// failure and capped at six hours; after `maxAttempts` failures (about two days) it is set aside as failed, kept
/// in the outbox for an administrator, never deleted.
public enum MailRetry {
    /// The number of attempts before a message is set aside.
    public static let maxAttempts = 16

    /// The delay before the next attempt after `attempts` failed ones (1 → 1 min, 2 → 2 min, 3 → 4 min… ≤ 6 h).
    public static func delay(afterAttempts attempts: Int) -> Duration {
        let exponent = min(max(attempts - 1, 0), 20)
        return .seconds(min(60 * (1 << exponent), 6 * 3600))
    }

    /// Whether a message that has failed `attempts` times, the last time with `permanent` or not, is given up.
    public static func givesUp(afterAttempts attempts: Int, permanent: Bool) -> Bool {
        permanent || attempts >= maxAttempts
    }
}
