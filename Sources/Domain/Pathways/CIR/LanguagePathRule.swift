/// The lengths a CIR language path may have: 100, 200, 400 or 600 hours for a contract signed before
/// 1 July 2025, at most 600 hours from that day (OFII markets of 1 July 2025, DESIGN §4).
public enum LanguagePathRule {
    /// First day of the OFII training offer where the path is "at most 600 h" instead of one of four lengths.
    public static let newOfferFrom = CalendarDay(year: 2025, month: 7, day: 1)!
    /// The four lengths of the earlier offer.
    public static let earlierLengths = [100, 200, 400, 600]
    /// The longest path under either offer.
    public static let maximumHours = 600

    /// Why `hours` is not a possible path for a contract signed on `signedOn`, or nil when it is.
    public static func problem(hours: Int, signedOn: CalendarDay) -> String? {
        if signedOn < newOfferFrom {
            return earlierLengths.contains(hours)
                ? nil : "Avant le 1er juillet 2025, le parcours linguistique dure 100, 200, 400 ou 600 heures."
        }
        return (1...maximumHours).contains(hours)
            ? nil : "Depuis le 1er juillet 2025, le parcours linguistique dure au plus 600 heures."
    }
}
