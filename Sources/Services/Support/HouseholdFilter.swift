import Domain
import Persistence

/// Narrows and orders a caseload: by stage, by commitment-contract deadline, by need in a diagnosis domain, by name;
/// newest referral first or by name.
public struct HouseholdFilter: Sendable, Equatable {
    public var stage = ""
    public var deadline = ""
    public var search = ""
    public var sort = ""
    /// A diagnosis domain: keeps the households whose need there is medium or high.
    public var need = ""

    public init(stage: String = "", deadline: String = "", search: String = "", sort: String = "", need: String = "") {
        self.stage = stage
        self.deadline = deadline
        self.search = search
        self.sort = sort
        self.need = need
    }

    /// The domain of the need filter, when it names one the filter may use (never the restricted health section).
    public var needDomain: DiagnosisDomain? {
        DiagnosisDomain(rawValue: need).flatMap { $0.isRestricted ? nil : $0 }
    }

    /// The need filters offered: every domain but the restricted ones.
    public static let needs: [(value: String, label: String)] = DiagnosisDomain.allCases.filter { !$0.isRestricted }
        .map { ($0.rawValue, "Besoin moyen ou fort : \($0.label.lowercased())") }

    /// The stages offered in the filter.
    public static let stages: [(value: String, label: String)] = [
        ("a_accueillir", "À accueillir"), ("accompagnement", "En accompagnement"),
        ("sans_referent", "En accompagnement sans référent"), ("sortie", "Sortis"),
    ]
    /// The deadline filters offered.
    public static let deadlines: [(value: String, label: String)] = [
        ("contrat_depasse", "Contrat d'engagement : échéance dépassée"),
        ("contrat_30_jours", "Contrat d'engagement : échéance dans les 30 jours"),
    ]
    /// The orders offered.
    public static let sorts: [(value: String, label: String)] = [
        ("orientation", "Orientation la plus récente"), ("nom", "Nom"),
    ]

    /// The households that pass the filter, in the chosen order.
    /// `withNeed` holds the households with a medium or high need in `needDomain`, when that filter is set.
    public func apply(
        _ households: [HouseholdSummary],
        today: CalendarDay,
        withNeed: Set<String> = []
    ) -> [HouseholdSummary] {
        let folded = SearchKey.fold(search)
        let kept = households.filter { household in
            switch stage {
            case "a_accueillir":
                if !(household.stage == "accompagnement" && household.welcomeInterview == nil) { return false }
            case "accompagnement": if household.stage != "accompagnement" { return false }
            case "sans_referent":
                if !(household.stage == "accompagnement" && household.caseworkerID == nil) { return false }
            case "sortie": if household.stage != "sortie" { return false }
            default: break
            }
            if needDomain != nil && !withNeed.contains(household.id) { return false }
            if !deadline.isEmpty {
                guard household.stage == "accompagnement", household.contractSigned == nil,
                    let cir = household.cirSignatureDate
                else { return false }
                let due = SupportDeadlines.commitmentContractDue(cirSignature: cir)
                if deadline == "contrat_depasse" && !(due < today) { return false }
                if deadline == "contrat_30_jours" && !(today <= due && due <= today.adding(days: 30)) { return false }
            }
            return folded.isEmpty || SearchKey.fold(household.referenceNames).contains(folded)
        }
        return sort == "nom"
            ? kept.sorted { SearchKey.fold($0.referenceNames) < SearchKey.fold($1.referenceNames) } : kept
    }
}
