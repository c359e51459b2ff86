/// Errors a use case reports to its caller; the web layer maps each to a page or an RFC 9457 problem.
public enum DomainError: Error, Sendable, Equatable {
    /// The record does not exist, or exists outside the viewer's scope (never say which).
    case notFound
    /// The viewer is known but not allowed to do this.
    case forbidden
    /// The input is invalid; nothing was written.
    case invalid(FieldErrors)
    /// The request conflicts with the current state (for example a duplicate e-mail).
    case conflict(String)
    /// Too many attempts in a short time; the French message says when to try again.
    case throttled(String)
}
