import Domain
import SQLKit

/// The four per-skill level columns shared by assessments and proofs.
enum SkillColumns {
    /// Reads the levels present in a row.
    static func levels(_ row: any SQLRow) throws -> [LanguageSkill: CEFRLevel] {
        var levels: [LanguageSkill: CEFRLevel] = [:]
        for skill in LanguageSkill.allCases {
            if let level = try row.decode(column: skill.rawValue, as: String?.self).flatMap(CEFRLevel.init(rawValue:)) {
                levels[skill] = level
            }
        }
        return levels
    }

    /// Reads an optional day column.
    static func day(_ row: any SQLRow, _ column: String) throws -> CalendarDay? {
        try row.decode(column: column, as: String?.self).flatMap(CalendarDay.init(iso:))
    }
}
