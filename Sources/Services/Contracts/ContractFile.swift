import Domain
import Persistence

/// Everything a contract's page shows, and what the viewer may do on it.
public struct ContractFile: Sendable {
    public let contract: ContractRecord
    /// The names of the contract's région and départements.
    public let regionName: String
    public let departementNames: [String: String]
    public let signatories: [ContractSignatory]
    public let communes: [Commune]
    public let territoryQPV: [QPVArea]
    public let axes: [ContractAxis]
    public let actions: [ContractActionRecord]
    public let lines: [FundingLine]
    public let indicators: [ActionIndicator]
    public let reviews: [ContractReview]
    public let decisions: [ContractDecision]
    public let snapshots: [ContractSnapshot]
    /// The département's local day when the page was built.
    public let today: CalendarDay
    /// Whether the viewer drafts the contract (prefecture), writes the analysis, and which actions it reports on.
    public let canDraft: Bool
    public let canWriteAnalysis: Bool
    public let reportableActions: Set<String>

    /// The local authorities that signed (the State excluded).
    public var localAuthorities: [ContractSignatory] { signatories.filter { !$0.isState } }

    /// The actions of an axis, in order.
    public func actions(of axis: ContractAxis) -> [ContractActionRecord] { actions.filter { $0.axisID == axis.id } }

    /// The names of the territory's QPV, by code.
    public var qpvNames: [String: String] {
        Dictionary(territoryQPV.map { ($0.code, $0.name) }, uniquingKeysWith: { first, _ in first })
    }

    /// The latest snapshot of the diagnosis, if any.
    public var latestSnapshot: ContractSnapshot? { snapshots.last }

    /// The credits of the contract's actions for one year, by source.
    public func credits(in year: Int) -> FundingSummary { FundingSummary(lines: lines, year: year) }
}

/// Credits of a set of funding lines for one year, by source, with their total.
public struct FundingSummary: Sendable, Equatable {
    public let year: Int
    public let bySource: [FundingSource: Money]

    public init(lines: [FundingLine], year: Int) {
        self.year = year
        var sums: [FundingSource: Money] = [:]
        for line in lines where line.years.contains(year) { sums[line.source, default: .zero] += line.annualAmount }
        bySource = sums
    }

    /// The credits of one source (zero when none).
    public subscript(_ source: FundingSource) -> Money { bySource[source] ?? .zero }

    /// Every source together.
    public var total: Money { Money.sum(bySource.values) }
}
