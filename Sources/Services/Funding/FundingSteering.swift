import Domain
import Foundation
import Persistence

/// The credits of a territory for a year, live: lines with their execution, totals by sub-action and by part of the
/// territory, committed amounts by theme, the 70 % rule per envelope, overdue reports and cost per person served.
public struct FundingSteering: Sendable {
    /// The territory a steering page covers.
    public enum Scope: Sendable, Equatable {
        case nation
        case region(String)
        case departement(String)

        /// The path identifier: "france", "region-84", "departement-69".
        public var identifier: String {
            switch self {
            case .nation: "france"
            case .region(let code): "region-\(code)"
            case .departement(let code): "departement-\(code)"
            }
        }

        /// Reads an identifier written by `identifier`.
        public init?(identifier: String) {
            if identifier == "france" {
                self = .nation
            } else if identifier.hasPrefix("region-"), identifier.count <= 12 {
                self = .region(String(identifier.dropFirst(7)))
            } else if identifier.hasPrefix("departement-"), identifier.count <= 17 {
                self = .departement(String(identifier.dropFirst(12)))
            } else {
                return nil
            }
        }
    }

    /// A row of figures: a sub-action, a part of the territory, or the whole.
    public struct Row: Sendable {
        public let label: String
        public let totals: LineExecution.Totals
        /// Where the row drills down to, if it has its own page.
        public let scope: Scope?
    }

    /// One envelope's 70 % rule: committed on action-12 grants, of which on emploi or langue.
    public struct Envelope: Sendable {
        public let label: String
        public let total: Money
        public let employmentOrLanguage: Money
        public var status: SeventyPercentRule.Status {
            SeventyPercentRule.status(employmentOrLanguage: employmentOrLanguage, total: total)
        }
        public var basisPoints: Int? { Money.basisPoints(employmentOrLanguage, of: total) }
    }

    /// A report past its due date.
    public struct OverdueReport: Sendable {
        public let grant: GrantAwaitingReports
        public let planYear: Int
        public let year: FinancialYear
        public let daysLate: Int
    }

    public let scope: Scope
    public let title: String
    public let year: Int
    public let today: CalendarDay
    public let lines: [FundingLineRecord]
    public let total: LineExecution.Totals
    public let bySubAction: [Row]
    public let byPart: [Row]
    public let partLabel: String
    /// AE committed by theme (a grant with two themes counts under each), with the total committed.
    public let byTag: [(tag: ThematicTag, committed: Money)]
    public let committedGrants: Money
    public let envelopes: [Envelope]
    public let overdue: [OverdueReport]
    /// Σ granted on grants with a filed report, Σ people those reports declare.
    public let costBase: (granted: Money, people: Int)
    /// Names of territories ("69" → Rhône, "R84" → Auvergne-Rhône-Alpes).
    public let names: [String: String]

    /// The cost per person served, in cents, or nil when no report declares anyone.
    public var costPerPerson: Money? {
        costBase.people > 0 ? Money(cents: (costBase.granted.cents + costBase.people / 2) / costBase.people) : nil
    }
}
