/// The outcome of a referral to AGIR.
public enum SyntheticDecision: Sendable, Equatable {
    /// Not decided yet.
    case pending
    /// Refused, with a French reason.
    case declined(reason: String)
    /// Accepted and given to one caseworker of the département, 0..<caseworkerCount.
    case accepted(caseworkerSlot: Int)
}
