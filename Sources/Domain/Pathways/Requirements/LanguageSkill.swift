/// Une des quatre compétences évaluées séparément par les certifications reconnues.
public enum LanguageSkill: String, Sendable, Codable, CaseIterable, CodingKeyRepresentable {
    case oralComprehension = "oral_comprehension"
    case writtenComprehension = "written_comprehension"
    case oralExpression = "oral_expression"
    case writtenExpression = "written_expression"

    /// Libellé français, par exemple « compréhension orale ».
    public var frenchLabel: String {
        switch self {
        case .oralComprehension: "compréhension orale"
        case .writtenComprehension: "compréhension écrite"
        case .oralExpression: "expression orale"
        case .writtenExpression: "expression écrite"
        }
    }
}
