import Domain
import Persistence

/// A caseload filter as typed in the list's form: stage, commitment-contract deadline, need in a diagnosis domain,
/// name; newest referral first or by name. It becomes SQL criteria, so that it holds at national scale.
public struct HouseholdFilter: Sendable, Equatable {
    public var stage = ""
    public var deadline = ""
    public var search = ""
    public var sort = ""
    /// A diagnosis domain: keeps the households whose need there is medium or high.
    public var need = ""
    /// A caseworker's account: keeps the households they follow (a manager looking at one caseload).
    public var caseworker = ""

    public init(
        stage: String = "",
        deadline: String = "",
        search: String = "",
        sort: String = "",
        need: String = "",
        caseworker: String = ""
    ) {
        self.stage = stage
        self.deadline = deadline
        self.search = search
        self.sort = sort
        self.need = need
        self.caseworker = caseworker
    }

    /// Whether nothing narrows the list.
    public var isEmpty: Bool { stage.isEmpty && deadline.isEmpty && search.isEmpty && needDomain == nil }

    /// The domain of the need filter, when it names one the filter may use (never the restricted health section).
    public var needDomain: DiagnosisDomain? {
        DiagnosisDomain(rawValue: need).flatMap { $0.isRestricted ? nil : $0 }
    }

    /// The stages offered in the filter.
    public static let stages: [(value: String, label: String)] = [
        ("a_accueillir", "À accueillir"), (HouseholdStage.inSupport.rawValue, "En accompagnement"),
        ("sans_referent", "En accompagnement sans référent"), (HouseholdStage.exited.rawValue, "Sortis"),
    ]
    /// The deadline filters offered.
    public static let deadlines: [(value: String, label: String)] = [
        ("contrat_depasse", "Contrat d'engagement : échéance dépassée"),
        ("contrat_30_jours", "Contrat d'engagement : échéance dans les \(SupportDeadlines.reminderDays) jours"),
    ]
    /// The orders offered.
    public static let sorts: [(value: String, label: String)] = [
        ("orientation", "Orientation la plus récente"), ("nom", "Nom"),
    ]
    /// The need filters offered: every domain but the restricted ones.
    public static let needs: [(value: String, label: String)] = DiagnosisDomain.allCases.filter { !$0.isRestricted }
        .map { ($0.rawValue, "Besoin moyen ou fort : \($0.label.lowercased())") }

    /// The SQL criteria of this filter on `today`.
    public func criteria(today: CalendarDay, mine: Bool) -> HouseholdCriteria {
        var criteria = HouseholdCriteria()
        criteria.mine = mine
        criteria.caseworkerID = caseworker.isEmpty ? nil : caseworker
        criteria.stage = Self.stages.contains { $0.value == stage } ? stage : ""
        // The same rule as the list's column (`ContractDeadline`): the query keeps the running deadlines.
        switch deadline {
        case "contrat_depasse": criteria.contractDue = SupportDeadlines.lateDueDates(today: today)
        case "contrat_30_jours": criteria.contractDue = SupportDeadlines.remindedDueDates(today: today)
        default: break
        }
        criteria.nameContains = SearchKey.fold(search)
        criteria.needDomain = needDomain?.rawValue
        criteria.sortByName = sort == "nom"
        return criteria
    }
}
