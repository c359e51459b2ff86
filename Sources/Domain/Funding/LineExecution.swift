/// One budget line's figures in a year: what was notified, what is set aside, and what the grants made of it. Only
/// the allocation and the reserve rate are typed; every other figure is computed from grants, commitments and
/// payments, and the derived ones here.
public struct LineExecution: Sendable, Equatable, Codable {
    /// The allocation notified (dotation).
    public var allocation: Money
    /// The precautionary reserve rate, in hundredths of a percent (550 = 5,5 %).
    public var reserveBasisPoints: Int
    /// Σ amounts granted on the line (the whole AE of a multi-year grant, in its award year).
    public var programmed: Money
    /// Σ legal commitments (AE consumed).
    public var committed: Money
    /// Σ payments made in the line's year (CP consumed), whatever year their commitment was made.
    public var paid: Money
    /// Σ payments on the commitments of this line, in any year.
    public var paidOnCommitments: Money

    public init(
        allocation: Money,
        reserveBasisPoints: Int,
        programmed: Money = .zero,
        committed: Money = .zero,
        paid: Money = .zero,
        paidOnCommitments: Money = .zero
    ) {
        self.allocation = allocation
        self.reserveBasisPoints = reserveBasisPoints
        self.programmed = programmed
        self.committed = committed
        self.paid = paid
        self.paidOnCommitments = paidOnCommitments
    }

    /// The reserve set aside: allocation × rate, rounded to the cent half up.
    public var reserve: Money {
        Money(cents: (allocation.cents * reserveBasisPoints + 5_000) / 10_000)
    }

    /// What may be programmed at all: the allocation less the reserve.
    public var usable: Money { allocation - reserve }

    /// What is left to program: usable − programmed (negative after an authorised overrun).
    public var available: Money { usable - programmed }

    /// The remaining to pay on the line's commitments (restes à payer): AE committed − CP paid on them.
    public var remainingToPay: Money { committed - paidOnCommitments }

    /// The payment credits of the year still free: usable − CP paid in the year.
    public var paymentCreditsLeft: Money { usable - paid }

    /// Whether `amount` more can be programmed without overrunning the line.
    public func canProgram(_ amount: Money) -> Bool { amount <= available }

    /// The figures of several lines together (a UO, a BOP, the programme); the reserve is summed line by line.
    public static func total(_ lines: some Sequence<LineExecution>) -> Totals {
        var totals = Totals()
        for line in lines {
            totals.allocation += line.allocation
            totals.reserve += line.reserve
            totals.programmed += line.programmed
            totals.committed += line.committed
            totals.paid += line.paid
            totals.paidOnCommitments += line.paidOnCommitments
        }
        return totals
    }

    /// Summed figures of several lines.
    public struct Totals: Sendable, Equatable {
        public var allocation = Money.zero
        public var reserve = Money.zero
        public var programmed = Money.zero
        public var committed = Money.zero
        public var paid = Money.zero
        public var paidOnCommitments = Money.zero

        public init() {}

        /// Allocation − reserve − programmed.
        public var available: Money { allocation - reserve - programmed }
        /// AE committed − CP paid on those commitments.
        public var remainingToPay: Money { committed - paidOnCommitments }
    }
}
