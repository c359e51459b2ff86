/// A person's names: as written on documents, plus the usual spellings people use.
public struct PersonName: Sendable, Equatable {
    public let documentNames: String
    public let usualNames: String

    public init(documentNames: String, usualNames: String) {
        self.documentNames = documentNames
        self.usualNames = usualNames
    }

    /// Every spelling, for duplicate detection.
    public var spellings: [String] { [documentNames, usualNames].filter { !$0.isEmpty } }

    /// The keys stored for candidate lookup: those of every spelling.
    public var searchKeys: [String] { Array(Set(spellings.flatMap(PersonNameMatcher.searchKeys))).sorted() }
}
