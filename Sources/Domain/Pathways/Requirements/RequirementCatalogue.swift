import Foundation

/// Jeux de règles connus, datés, et outils pour en charger d'autres depuis du JSON.
public enum RequirementCatalogue {
    /// Régime antérieur à la loi 2024-42, applicable du 1 avril 2020 au 31 décembre 2025.
    ///
    /// Début : le décret 2019-1507 exige le B1 oral et écrit pour la naturalisation à partir du 1 avril 2020 ; les autres
    /// règles de ce jeu (CSP sans niveau, carte de résident A2) étaient déjà en vigueur. Avant cette date, aucun jeu
    /// n'est fourni, et le moteur le signale au lieu de deviner.
    public static let before2026 = RequirementRuleSet(
        version: "2020-04-01 décret 2019-1507 (régime antérieur à la loi 2024-42)",
        validFrom: day(2020, 4, 1),
        validUntil: day(2025, 12, 31),
        rules: [
            TitleRule(
                title: .csp,
                requiredLevel: nil,
                aimedLevel: .a1,
                civicExamRequired: false,
                protectionExemptFromLevel: true,
                protectionExemptFromCivicExam: true,
                renewalExempt: true
            ),
            TitleRule(
                title: .carteResident,
                requiredLevel: .a2,
                civicExamRequired: false,
                protectionExemptFromLevel: false,
                protectionExemptFromCivicExam: false,
                renewalExempt: true
            ),
            // La naturalisation ne se renouvelle pas : une demande marquée « renouvellement » est évaluée comme une première.
            TitleRule(
                title: .naturalisation,
                requiredLevel: .b1,
                civicExamRequired: false,
                protectionExemptFromLevel: false,
                protectionExemptFromCivicExam: false,
                renewalExempt: false
            ),
        ]
    )

    /// Loi 2024-42, décrets 2025-647 et 2025-648 : A2 / B1 / B2 et examen civique à partir du 1 janvier 2026.
    public static let from2026 = RequirementRuleSet(
        version: "2026-01-01 loi 2024-42",
        validFrom: day(2026, 1, 1),
        validUntil: nil,
        rules: [
            TitleRule(
                title: .csp,
                requiredLevel: .a2,
                civicExamRequired: true,
                protectionExemptFromLevel: true,
                protectionExemptFromCivicExam: true,
                renewalExempt: true
            ),
            TitleRule(
                title: .carteResident,
                requiredLevel: .b1,
                civicExamRequired: true,
                protectionExemptFromLevel: false,
                protectionExemptFromCivicExam: false,
                renewalExempt: true
            ),
            TitleRule(
                title: .naturalisation,
                requiredLevel: .b2,
                civicExamRequired: true,
                protectionExemptFromLevel: false,
                protectionExemptFromCivicExam: false,
                renewalExempt: false
            ),
        ]
    )

    /// Jeux fournis avec la bibliothèque, du plus ancien au plus récent.
    public static let builtIn: [RequirementRuleSet] = [before2026, from2026]

    /// Jeu qui s'applique à un dépôt à cette date (31 décembre 2025 → ancien régime, 1 janvier 2026 → loi 2024-42), ou nil.
    public static func ruleSet(
        at date: CalendarDay,
        in catalogue: [RequirementRuleSet] = builtIn
    ) -> RequirementRuleSet? {
        catalogue.first { $0.covers(date) }
    }

    /// Paires de versions dont les périodes se chevauchent ; vide si le catalogue est cohérent.
    public static func overlappingVersions(in catalogue: [RequirementRuleSet]) -> [String] {
        var problems: [String] = []
        for (index, first) in catalogue.enumerated() {
            for second in catalogue[(index + 1)...] where periodsOverlap(first, second) {
                problems.append("« \(first.version) » chevauche « \(second.version) »")
            }
        }
        return problems
    }

    /// Lit un catalogue JSON (tableau de jeux de règles), pour qu'une nouvelle loi soit un simple fichier de données.
    public static func decode(json data: Data) throws -> [RequirementRuleSet] {
        try JSONDecoder().decode([RequirementRuleSet].self, from: data)
    }

    /// Écrit un catalogue en JSON lisible, aux clés triées.
    public static func encode(_ catalogue: [RequirementRuleSet]) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        return try encoder.encode(catalogue)
    }

    private static func periodsOverlap(_ lhs: RequirementRuleSet, _ rhs: RequirementRuleSet) -> Bool {
        let lhsStartsBeforeRhsEnds = rhs.validUntil.map { lhs.validFrom <= $0 } ?? true
        let rhsStartsBeforeLhsEnds = lhs.validUntil.map { rhs.validFrom <= $0 } ?? true
        return lhsStartsBeforeRhsEnds && rhsStartsBeforeLhsEnds
    }

    private static func day(_ year: Int, _ month: Int, _ day: Int) -> CalendarDay {
        guard let result = CalendarDay(year: year, month: month, day: day) else {
            preconditionFailure("date de catalogue invalide")
        }
        return result
    }
}
