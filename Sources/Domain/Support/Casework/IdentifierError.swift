/// Why an identifier typed by a caseworker was refused, in French, naming the expected format.
public struct IdentifierError: Error, Sendable, Hashable {
    /// The French message shown next to the field.
    public let message: String

    /// Creates an error with its French message.
    public init(_ message: String) {
        self.message = message
    }
}
