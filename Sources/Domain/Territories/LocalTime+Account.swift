extension LocalTime {
    /// The legal time of a territorial scope: that of its départements when they share one, metropolitan France's
    /// for a region, the nation, or départements in different zones.
    public static func of(_ scope: TerritorialScope) -> LocalTime {
        guard case .departements(let codes) = scope, let first = codes.first else { return .metropolitan }
        let zone = departement(first)
        return codes.allSatisfy({ departement($0) == zone }) ? zone : .metropolitan
    }

    /// The legal time an account works in: that of its scope.
    public static func of(_ account: AccountSummary) -> LocalTime { of(account.scope) }
}

extension TimeSource {
    /// Today for an account: the local day of its départements, or of metropolitan France.
    public func today(for account: AccountSummary) -> CalendarDay { LocalTime.of(account).day(of: now()) }
}
