import Domain
import Foundation

/// A stored contract's own fields.
public struct ContractRecord: Sendable, Equatable {
    public let id: String
    public let kind: ContractKind
    public let title: String
    public let status: ContractStatus
    /// The lead département (the prefecture that drafted it) and every département of the contract.
    public let departement: String
    public let departements: [String]
    public let regionCode: String
    public let prefect: String
    public let period: ContractPeriod
    public let signedOn: CalendarDay?
    public let startedOn: CalendarDay?
    public let endedOn: CalendarDay?
    /// The partners' written analysis of the shared diagnosis.
    public let analysis: String

    /// Whether the contract is in force on `day`: signed by then, not past its end, not ended before.
    public func inForce(on day: CalendarDay) -> Bool {
        ContractRules.inForce(on: day, signedOn: signedOn, endsOn: period.endsOn, endedOn: endedOn)
    }
}

/// A signatory: the State by its prefect, or a local authority with its kind and SIREN.
public struct ContractSignatory: Sendable, Equatable {
    public let id: String
    public let authorityKind: LocalAuthorityKind?
    public let name: String
    public let siren: String?
    public let signer: String
    public let organisationID: String?

    /// Whether this is the State (signing through its prefect).
    public var isState: Bool { authorityKind == nil }
}

/// An axis of a contract.
public struct ContractAxis: Sendable, Equatable {
    public let id: String
    public let position: Int
    public let domain: IntegrationDomain
    public let title: String
}

/// An action of a contract, with the QPV it serves.
public struct ContractActionRecord: Sendable, Equatable {
    public let id: String
    public let contractID: String
    public let axisID: String
    public let position: Int
    public let title: String
    public let leadOrganisationID: String?
    public let leadName: String
    public let partners: String
    public let audience: String
    public let startsOn: CalendarDay
    public let endsOn: CalendarDay
    public let qpv: [String]
}

/// A funding line of an action: a source, its years and the amount of each year.
public struct FundingLine: Sendable, Equatable {
    public let id: String
    public let actionID: String
    public let source: FundingSource
    public let years: ClosedRange<Int>
    public let annualAmount: Money
    /// The grant of the credits chain this P104 line comes from, once known.
    public let grantID: String?

    /// The amount of one year (zero outside the line's years).
    public func amount(in year: Int) -> Money { years.contains(year) ? annualAmount : .zero }

    /// The amount over every year of the line.
    public var total: Money { Money(cents: annualAmount.cents * years.count) }
}

/// An indicator of an action with its yearly targets and results.
public struct ActionIndicator: Sendable, Equatable {
    public let id: String
    public let actionID: String
    public let label: String
    public let unit: String
    /// Target and result per year, when entered.
    public let figures: [Int: IndicatorFigures]
}

/// The target and result of an indicator for one year.
public struct IndicatorFigures: Sendable, Equatable {
    public let target: Int?
    public let result: Int?

    public init(target: Int?, result: Int?) {
        self.target = target
        self.result = result
    }
}
