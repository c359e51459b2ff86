/// A funding line of an action, as typed: a source, the years it covers, the amount of each year and, for the
/// programme 104, the grant of the credits chain it comes from when known.
public struct ContractFundingInput: Sendable, Equatable {
    public var source = ""
    public var fromYear = ""
    public var toYear = ""
    public var annualAmount = ""
    public var grantID = ""

    public init() {}

    /// The line once checked.
    public struct Valid: Sendable, Equatable {
        public let source: FundingSource
        public let years: ClosedRange<Int>
        public let annualAmount: Money
        /// The grant this P104 line comes from, once known (the credits chain resolves it).
        public let grantID: String?
    }

    /// Checks every field against the years of the contract.
    public func validate(contractYears: ClosedRange<Int>, _ errors: inout FieldErrors) -> Valid? {
        let before = errors.messages.count
        let origin = FundingSource(rawValue: source)
        if origin == nil { errors.add("fundingSource", "Choisissez le financeur.") }
        let message = "Choisissez une année du contrat, de \(contractYears.lowerBound) à \(contractYears.upperBound)."
        let first = errors.integer(fromYear, field: "fundingFrom", in: contractYears, message: message)
        let last = errors.integer(toYear, field: "fundingTo", in: contractYears, message: message)
        if let first, let last, last < first {
            errors.add(
                "fundingTo",
                "Un financement ne peut pas finir avant de commencer : l'année de fin précède l'année de début."
            )
        }
        let amount = errors.money(annualAmount, field: "fundingAmount")
        if amount?.cents == 0 { errors.add("fundingAmount", "Saisissez un montant supérieur à zéro.") }
        let grant = errors.text(grantID, field: "fundingGrant", kind: .search)
        if let grant, !grant.isEmpty, origin?.carriesGrant == false {
            errors.add("fundingGrant", "Seule une ligne du programme 104 se rattache à une subvention des crédits.")
        }
        guard errors.messages.count == before, let origin, let first, let last, let amount, let grant else {
            return nil
        }
        return Valid(source: origin, years: first...last, annualAmount: amount, grantID: grant.isEmpty ? nil : grant)
    }
}
