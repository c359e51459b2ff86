import Domain
import Services

/// Weighted draws of the CIR, assessments, proofs and civic exams (domain-facts §2).
enum PathwayTables {
    /// Positioning at the reception platform: mostly below A1.1 or A1.1, a few already at A1 or above (no path).
    static let positioning = WeightedTable<CEFRLevel>([
        (.belowA1_1, 32), (.a1_1, 54), (.a1, 9), (.a2, 4), (.b1, 1),
    ])
    /// Paths of the earlier offer for a person below A1.1: 600 h for non-readers, else 400 h.
    static let hoursBelowA1_1 = WeightedTable([(600, 45), (400, 55)])
    /// Paths of the earlier offer for a person at A1.1; with the above, 50.8 % of prescriptions are 400–600 h.
    static let hoursA1_1 = WeightedTable([(400, 22), (200, 50), (100, 28)])

    /// The chance of reaching A1 at the final test after a path of `hours` (PAP 1.1: 68 % overall, 46.9 % at 600 h).
    static func chanceOfA1(hours: Int) -> Double {
        switch hours {
        case ...100: 0.86
        case ...200: 0.76
        case ...400: 0.62
        default: 0.469
        }
    }

    /// Who records an assessment.
    static let assessors = WeightedTable([
        ("Référent AGIR (test de positionnement)", 35), ("Organisme de formation", 40),
        ("OFII – évaluation de fin de parcours", 15), ("Centre social – atelier sociolinguistique", 10),
    ])
    /// Certificates and diplomas, certificates first (most are TCF IRN and TEF IRN).
    static let proofKinds = WeightedTable<CertificationKind>([
        (.tcfIRN, 50), (.tefIRN, 30), (.tcf, 8), (.delf, 10), (.dcl, 2),
    ])
    /// A certificate's level in one skill, around A2/B1.
    static let certificateLevel = WeightedTable<CEFRLevel>([(.a1, 14), (.a2, 44), (.b1, 33), (.b2, 9)])
    /// A diploma's single level.
    static let diplomaLevel = WeightedTable<CEFRLevel>([(.a2, 65), (.b1, 30), (.b2, 5)])
    /// The mention of a civic exam: mostly the multi-year card, which refugees reach first.
    static let examVersions = WeightedTable<ResidenceTitle>([(.csp, 60), (.carteResident, 34), (.naturalisation, 6)])
    /// The two networks of approved centres (arrêté of 10 October 2025).
    static let centres = ["Centre agréé CCI Paris Île-de-France", "Centre agréé France Éducation international"]

    /// The level `steps` ranks above (or below) `level`, kept within the scale.
    static func shifted(_ level: CEFRLevel, by steps: Int) -> CEFRLevel {
        let all = CEFRLevel.allCases
        return all[min(max(level.rank + steps, 0), all.count - 1)]
    }
}
