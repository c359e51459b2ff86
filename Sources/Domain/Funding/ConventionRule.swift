/// Loi 2000-321 art. 10 and décret 2001-495: a written convention is required when the subsidy's annual amount
/// exceeds 23 000 € (strictly); the amount is the organisation's, not the action's, so other grants of the same year to
/// the same SIRET count. A multi-year grant is a CPO, which is a convention by nature.
public enum ConventionRule {
    /// 23 000,00 €: a convention is required strictly above it.
    public static let threshold = Money(euros: 23_000)

    /// Whether a convention must be signed before the grant is committed.
    public static func isRequired(annualAmount: Money, otherGrantsSameYear: Money = .zero, multiYear: Bool) -> Bool {
        multiYear || annualAmount + otherGrantsSameYear > threshold
    }
}

/// How a grant is spread over years: one year, or a CPO of two to four years with an amount per year.
public struct GrantPlan: Sendable, Equatable, Codable {
    /// The first year of the plan (the award year).
    public let firstYear: Int
    /// The amount of each year, first year first (one element for an annual grant).
    public let yearlyAmounts: [Money]

    /// The longest CPO the circular of 29 September 2015 recommends.
    public static let maximumYears = 4

    public init(firstYear: Int, yearlyAmounts: [Money]) {
        self.firstYear = firstYear
        self.yearlyAmounts = yearlyAmounts
    }

    /// Whether this is a multi-year grant (CPO).
    public var isMultiYear: Bool { yearlyAmounts.count > 1 }

    /// The whole grant.
    public var total: Money { Money.sum(yearlyAmounts) }

    /// The years covered, e.g. 2026…2028.
    public var years: ClosedRange<Int> { firstYear...(firstYear + max(0, yearlyAmounts.count - 1)) }

    /// The amount of one year (zero outside the plan).
    public func amount(in year: Int) -> Money {
        let index = year - firstYear
        return yearlyAmounts.indices.contains(index) ? yearlyAmounts[index] : .zero
    }

    /// The AE consumed in `year`: the whole grant in the award year (fixed-duration subsidies commit their whole amount
    /// when the legal act is signed), nothing in the following years.
    public func commitmentAuthorisations(in year: Int) -> Money {
        year == firstYear ? total : .zero
    }

    /// The largest annual amount, which decides the convention threshold.
    public var largestYear: Money { yearlyAmounts.max() ?? .zero }
}

/// Why a payment is refused, with the message shown on the amount field.
public enum PaymentProblem: Error, Sendable, Equatable {
    /// More than what the commitment still leaves to pay.
    case beyondCommitment(remaining: Money)
    /// More than the year's payment credits left on the line.
    case beyondPaymentCredits(left: Money)
    /// Nothing to pay.
    case notPositive
    /// The balance of a year is paid only once its financial report is accepted.
    case reportNotAccepted

    /// The French message.
    public var message: String {
        switch self {
        case .beyondCommitment(let remaining):
            "Ce paiement dépasse l'engagement : il reste \(remaining.french) à payer sur cet engagement."
        case .beyondPaymentCredits(let left):
            "Crédits de paiement insuffisants sur la ligne de l'année : il reste \(left.french)."
        case .notPositive: "Saisissez un montant supérieur à zéro."
        case .reportNotAccepted:
            "Le solde attend le compte rendu financier accepté de l'exercice : il n'a pas encore été accepté."
        }
    }
}

/// The checks of a payment against its commitment and the line it consumes.
public enum PaymentRule {
    /// Nil when the payment may be made; otherwise why not.
    public static func check(
        amount: Money,
        committed: Money,
        alreadyPaid: Money,
        paymentCreditsLeft: Money,
        isBalance: Bool,
        reportAccepted: Bool
    ) -> PaymentProblem? {
        if amount <= .zero { return .notPositive }
        if isBalance && !reportAccepted { return .reportNotAccepted }
        let remaining = committed - alreadyPaid
        if amount > remaining { return .beyondCommitment(remaining: remaining) }
        if amount > paymentCreditsLeft { return .beyondPaymentCredits(left: paymentCreditsLeft) }
        return nil
    }
}
