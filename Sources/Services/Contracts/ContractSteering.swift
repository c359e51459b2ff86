import Domain
import Persistence

/// The contracts of a territory (nation, région or département) for steering: how many in each status, signed in the
/// year, their credits by source and by axis, their actions by axis, the share of CIR signatories in support who
/// live in a territory under contract, and the same per part (régions of the nation, départements of a région).
public struct ContractSteering: Sendable {
    /// A région or a département of the territory, with its own figures.
    public struct Part: Sendable {
        public let code: String
        public let name: String
        public let scope: Dashboard.Scope
        public let figures: Figures
    }

    /// The figures of a territory or of one of its parts.
    public struct Figures: Sendable {
        public var byStatus: [ContractStatus: Int] = [:]
        public var signedInYear = 0
        public var inForce = 0
        public var credits: [FundingSource: Money] = [:]
        public var actions = 0
        /// CIR signatories in support on the day, and those living in a territory under a contract in force.
        public var cirSignatories = 0
        public var cirUnderContract = 0

        /// Credits of every source together.
        public var totalCredits: Money { Money.sum(credits.values) }
    }

    public let scope: Dashboard.Scope
    public let title: String
    public let year: Int
    /// The day the counts in force describe: today, or 31 December of a past year.
    public let day: CalendarDay
    public let figures: Figures
    public let creditsByDomain: [IntegrationDomain: Money]
    public let actionsByDomain: [IntegrationDomain: Int]
    public let parts: [Part]
    /// What the parts are ("Région", "Département"); nil for a département.
    public let partLabel: String?
    /// The contracts of the territory the viewer may open (those signed, and its own drafts).
    public let contracts: [ContractSummary]
    /// Contracts in force per département, for the map, and the départements' names.
    public let inForceByDepartement: [String: Int]
    public let departementNames: [String: String]
}
