extension CEFRLevel {
    /// Reads a level code in either case ("A2", "a2", "BELOW_A1_1"); nil for anything else.
    public init?(code: some StringProtocol) {
        self.init(rawValue: code.lowercased())
    }

    /// The canonical code of the level outside Parcours (API, exports): upper case, "A2", "A1_1", "BELOW_A1_1".
    public var code: String { rawValue.uppercased() }
}
