/// Niveau du cadre européen commun de référence (CECRL), avec les deux paliers OFII sous A1.
public enum CEFRLevel: String, Sendable, Codable, CaseIterable, Comparable {
    case belowA1_1 = "below_a1_1"
    case a1_1 = "a1_1"
    case a1 = "a1"
    case a2 = "a2"
    case b1 = "b1"
    case b2 = "b2"
    case c1 = "c1"
    case c2 = "c2"

    /// Libellé français, par exemple « inférieur à A1.1 » ou « B2 ».
    public var frenchLabel: String {
        switch self {
        case .belowA1_1: "inférieur à A1.1"
        case .a1_1: "A1.1"
        case .a1: "A1"
        case .a2: "A2"
        case .b1: "B1"
        case .b2: "B2"
        case .c1: "C1"
        case .c2: "C2"
        }
    }

    /// Rang dans l'ordre croissant des niveaux (0 pour « inférieur à A1.1 »).
    public var rank: Int {
        // allCases suit l'ordre de déclaration, qui est l'ordre du CECRL.
        CEFRLevel.allCases.firstIndex(of: self)!
    }

    /// Ordre du CECRL : inférieur à A1.1 < A1.1 < A1 < A2 < B1 < B2 < C1 < C2.
    public static func < (lhs: CEFRLevel, rhs: CEFRLevel) -> Bool {
        lhs.rank < rhs.rank
    }
}
