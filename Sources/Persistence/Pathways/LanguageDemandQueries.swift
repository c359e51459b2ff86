import Domain
import SQLKit

/// An adult in support in a département, with the commune the household lives in and every level known for them.
public struct LanguageLearner: Sendable, Equatable {
    public let personID: String
    public let communeCode: String?
    /// Best level known per skill (assessments, certificates and diplomas, CIR positioning and final test).
    public let bestLevels: [LanguageSkill: CEFRLevel]
}

/// SQL behind the prefecture's view of the language offer against demand.
public enum LanguageDemandQueries {
    /// The adults in support on `day` in the département, with their best known level per skill.
    public static func learners(
        departement: String,
        on day: CalendarDay,
        in sql: any SQLDatabase
    ) async throws -> [LanguageLearner] {
        let date = day.iso
        let adultYear = day.year - 18
        let inSupport: SQLQueryString = """
            FROM households h JOIN persons p ON p.household_id = h.id AND p.merged_into IS NULL
            WHERE h.departement_code = \(bind: departement) AND h.welcome_interview_on <= \(bind: date)
              AND (h.exit_on IS NULL OR h.exit_on > \(bind: date)) AND p.birth_year <= \(bind: adultYear)
            """
        var communes: [String: String?] = [:]
        var order: [String] = []
        for row in try await sql.raw("SELECT p.id, h.commune_code " + inSupport + " ORDER BY p.id").all() {
            let id = try row.decode(column: "id", as: String.self)
            communes[id] = try row.decode(column: "commune_code", as: String?.self)
            order.append(id)
        }
        let best = try await bestLevels(of: "SELECT p.id " + inSupport, in: sql)
        return order.map { id in
            LanguageLearner(personID: id, communeCode: communes[id] ?? nil, bestLevels: best[id] ?? [:])
        }
    }

    /// The best level known per skill (assessments, certificates and diplomas, CIR positioning and final test) of the
    /// persons `persons` selects (a query returning one column of person ids).
    static func bestLevels(
        of persons: SQLQueryString,
        in sql: any SQLDatabase
    ) async throws -> [String: [LanguageSkill: CEFRLevel]] {
        var best: [String: [LanguageSkill: CEFRLevel]] = [:]
        let skills = "oral_comprehension, written_comprehension, oral_expression, written_expression"
        for table in ["language_assessments", "language_proofs"] {
            let query: SQLQueryString =
                "SELECT x.person_id, \(unsafeRaw: skills) FROM \(unsafeRaw: table) x WHERE x.person_id IN "
                + "(" + persons + ")"
            for row in try await sql.raw(query).all() {
                let id = try row.decode(column: "person_id", as: String.self)
                for (skill, level) in try SkillColumns.levels(row) {
                    best[id, default: [:]][skill] = max(best[id]?[skill] ?? level, level)
                }
            }
        }
        let cirQuery: SQLQueryString =
            "SELECT c.person_id, c.positioning_level, c.final_level FROM cir_records c WHERE c.person_id IN "
            + "(" + persons + ")"
        for row in try await sql.raw(cirQuery).all() {
            let id = try row.decode(column: "person_id", as: String.self)
            let levels = try [
                row.decode(column: "positioning_level", as: String?.self),
                row.decode(column: "final_level", as: String?.self),
            ].compactMap { $0.flatMap(CEFRLevel.init(rawValue:)) }
            for level in levels {
                for skill in LanguageSkill.allCases {
                    best[id, default: [:]][skill] = max(best[id]?[skill] ?? level, level)
                }
            }
        }
        return best
    }

    /// The people enrolled (seat taken, course not over) or waiting in the département's courses on `day`.
    public static func placements(
        departement: String,
        on day: CalendarDay,
        in sql: any SQLDatabase
    ) async throws -> (enrolled: Set<String>, waiting: Set<String>) {
        var enrolled = Set<String>()
        var waiting = Set<String>()
        for row in try await sql.raw(
            """
            SELECT e.person_id, e.status FROM course_enrolments e JOIN courses c ON c.id = e.course_id
            WHERE c.departement_code = \(bind: departement) AND c.ends_on >= \(bind: day.iso)
              AND e.status IN ('inscrit', 'attente')
            """
        ).all() {
            let id = try row.decode(column: "person_id", as: String.self)
            if try row.decode(column: "status", as: String.self) == EnrolmentStatus.enrolled.rawValue {
                enrolled.insert(id)
            } else {
                waiting.insert(id)
            }
        }
        return (enrolled, waiting.subtracting(enrolled))
    }
}
