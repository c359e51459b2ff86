/// AGDREF numbers: ten digits, unique per person, derived from the household and member positions.
enum Agdref {
    private static let space: UInt64 = 9_000_000_000
    // Prime, hence coprime with 9 000 000 000 = 2^9 · 3^2 · 5^9: multiplying by it permutes the space.
    private static let multiplier: UInt64 = 2_654_435_761
    private static let membersPerHousehold: UInt64 = 16

    /// The largest population for which every (household, member) pair maps to a distinct number.
    static let maximumHouseholds = Int(space / membersPerHousehold)

    /// The number of member `member` (below 16) of household `household`, scrambled by `seed`.
    static func number(household: Int, member: Int, seed: UInt64) -> String {
        let position = UInt64(household) * membersPerHousehold + UInt64(member)
        let product = position.multipliedFullWidth(by: multiplier)
        let scrambled = space.dividingFullWidth((high: product.high, low: product.low)).remainder
        let shifted = (scrambled + SplitMix64.mix(seed) % space) % space
        return String(1_000_000_000 + shifted)
    }
}
