/// A person record, or one being created, as seen by the duplicate check.
public struct NameCandidate: Sendable, Equatable {
    /// Record identifier in the application.
    public var id: String
    /// Full names as on documents, plus usual spellings; any word order.
    public var names: [String]
    /// Birth year, when known.
    public var birthYear: Int?
    /// Birth month (1–12), when known.
    public var birthMonth: Int?
    /// Birth day (1–31), when known.
    public var birthDay: Int?
    /// Identifiers by kind, e.g. `["agdref": "1234567890"]`; kinds are compared case-insensitively.
    public var identifiers: [String: String]

    /// Creates a candidate; every part but the names may be unknown.
    public init(
        id: String,
        names: [String],
        birthYear: Int? = nil,
        birthMonth: Int? = nil,
        birthDay: Int? = nil,
        identifiers: [String: String] = [:]
    ) {
        self.id = id
        self.names = names
        self.birthYear = birthYear
        self.birthMonth = birthMonth
        self.birthDay = birthDay
        self.identifiers = identifiers
    }
}
