extension LocalTime {
    /// The legal time an account works in: that of its first département, metropolitan France for an account with a
    /// region or the nation as its scope.
    public static func of(_ account: AccountSummary) -> LocalTime {
        if case .departements(let codes) = account.scope, let first = codes.first { return departement(first) }
        return .metropolitan
    }
}

extension TimeSource {
    /// Today for an account: the local day of its first département, or of metropolitan France.
    public func today(for account: AccountSummary) -> CalendarDay { LocalTime.of(account).day(of: now()) }
}
