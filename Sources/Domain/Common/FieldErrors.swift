/// Messages in French attached to the form fields they concern; empty when the input is valid.
public struct FieldErrors: Sendable, Equatable, Error {
    /// Messages keyed by field name, in the order the fields were checked.
    public private(set) var messages: [(field: String, message: String)] = []

    public init() {}

    /// Records a message for a field.
    public mutating func add(_ field: String, _ message: String) {
        messages.append((field, message))
    }

    /// The first message recorded for a field, if any.
    public subscript(field: String) -> String? {
        messages.first { $0.field == field }?.message
    }

    /// Whether no message was recorded.
    public var isEmpty: Bool { messages.isEmpty }

    public static func == (lhs: FieldErrors, rhs: FieldErrors) -> Bool {
        lhs.messages.map { "\($0.field)=\($0.message)" } == rhs.messages.map { "\($0.field)=\($0.message)" }
    }
}
