import Domain

/// Something that hands a message to a mail server: SMTP in production, a recorder in tests.
public protocol MailTransport: Sendable {
    /// Sends one message; throws `MailDeliveryError` when it was not accepted.
    func send(_ message: MailMessage, messageID: String) async throws
}

/// Why a message was not accepted: a permanent refusal (the recipient does not exist) is not tried again; anything
/// else (server down, busy, misconfigured) is tried again later.
public struct MailDeliveryError: Error, Sendable, Equatable, CustomStringConvertible {
    public let message: String
    public let permanent: Bool

    public init(_ message: String, permanent: Bool = false) {
        self.message = message
        self.permanent = permanent
    }

    public var description: String { message }
}
