import Domain
import Persistence
import Services

/// How the contracts' pages write dates, amounts, counts and lists in French.
enum ContractText {
    /// "1er janvier 2026", "15 mars 2026".
    static func day(_ day: CalendarDay) -> String {
        day.french
    }

    /// The day, or "–" when there is none.
    static func day(_ day: CalendarDay?) -> String { day.map { Self.day($0) } ?? "–" }

    /// "du 1er janvier 2025 au 31 décembre 2027".
    static func period(_ period: ContractPeriod) -> String { "du \(day(period.startsOn)) au \(day(period.endsOn))" }

    /// A count as published to people without named access ("< 5" for a small one).
    static func published(_ count: PublishedCount) -> String { SmallCountSuppression.text(count) }

    /// A share as published: "72,5 %", hidden when it could reveal a small count, "–" without a denominator.
    static func rate(_ rate: PublishedRate) -> String {
        switch rate {
        case .shown(let share): PublishedColumn.percent(share * 100)
        case .hidden: "masqué (< 5)"
        case .undefined: "–"
        }
    }

    /// A signatory as lists name it: "État (Préfète du Rhône)", "Métropole de Lyon (métropole)".
    static func signatory(_ signatory: ContractSignatory) -> String {
        if signatory.isState { return "État (\(signatory.signer))" }
        return "\(signatory.name) (\(signatory.authorityKind?.label.lowercased() ?? "collectivité"))"
    }

    /// "Contrats en préparation", "Contrats signés", "Contrats en cours", "Contrats terminés".
    static func contracts(in status: ContractStatus) -> String {
        switch status {
        case .preparation: "Contrats en préparation"
        case .signed: "Contrats signés (pas encore en cours)"
        case .running: "Contrats en cours"
        case .ended: "Contrats terminés"
        }
    }

    /// The départements of a contract: "Rhône (69)", "Rhône (69), Ain (01)".
    static func departements(_ codes: [String], names: [String: String]) -> String {
        codes.map { "\(names[$0] ?? $0) (\($0))" }.joined(separator: ", ")
    }
}
