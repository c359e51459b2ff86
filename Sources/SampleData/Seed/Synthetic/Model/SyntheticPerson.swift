import Domain
import Services

/// A member of a synthetic household, as the casework application records them.
public struct SyntheticPerson: Sendable, Equatable {
    /// Names as on the residence permit: FAMILY NAME in capitals, then given names.
    public let documentNames: String
    /// Another transliteration the person uses, given names first, or "" when none.
    public let usualNames: String
    /// "M" or "F".
    public let sex: String
    /// The birth year, always known.
    public let birthYear: Int
    /// The birth month, nil when only the year is known.
    public let birthMonth: Int?
    /// The birth day, nil when only the year or the month and year are known.
    public let birthDay: Int?
    /// Nationality (or former habitual residence), ISO 3166 alpha-2.
    public let nationality: String
    /// Relation to the reference person: nil for them, else conjoint, enfant, parent or autre.
    public let relation: String?
    /// Whether the person joined the household after the referral (family reunification).
    public let joiningRelative: Bool
    /// The arrival day of a joining relative, after the referral.
    public let arrivedOn: CalendarDay?
    /// refugee, subsidiary or stateless for adults; nil for minors.
    public let protection: String?
    /// OFPRA or CNDA, for adults.
    public let protectionAuthority: String?
    /// The day protection was granted, when known.
    public let protectionDate: CalendarDay?
    /// The day the republican integration contract was signed, when signed before the referral.
    public let cirSignedOn: CalendarDay?
    /// The 10-digit foreigner file number, unique in the population, for adults.
    public let agdref: String?
    /// Whether the person reached French level A1.
    public let reachedA1: Bool
}
