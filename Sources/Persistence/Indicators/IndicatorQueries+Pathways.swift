import Domain
import SQLKit

extension IndicatorQueries {
    /// PAP 1.1 (trainings finished in the period and A1 reached) and civic exam sessions, per area.
    public static func pathwayEvents(
        from: CalendarDay,
        to: CalendarDay,
        departements: [String]? = nil,
        in sql: any SQLDatabase
    ) async throws -> [AreaKey: AreaFigures] {
        var figures: [AreaKey: AreaFigures] = [:]
        // The area is kept on the rows (`PathwayAreas`): one indexed range per table, no join.
        let within = filter(departements, column: "departement_code")
        let start = from.iso
        let end = to.iso
        for row in try await sql.raw(
            """
            SELECT departement_code, operator_organisation_id, COUNT(*) AS n,
                   SUM(CASE WHEN final_level IN (\(levels(from: .a1))) THEN 1 ELSE 0 END) AS reached
            FROM cir_records
            WHERE training_finished_on >= \(bind: start) AND training_finished_on <= \(bind: end)
              AND departement_code IS NOT NULL AND
            """ + " " + within + " GROUP BY departement_code, operator_organisation_id"
        ).all() {
            var area = figures[try key(row), default: .init()]
            area.cirTrainingsFinished = try row.decode(column: "n", as: Int.self)
            area.cirReachedA1 = try row.decode(column: "reached", as: Int?.self) ?? 0
            figures[try key(row)] = area
        }
        for row in try await sql.raw(
            """
            SELECT departement_code, operator_organisation_id, COUNT(*) AS n,
                   SUM(CASE WHEN score >= \(bind: CivicExamResult.passMark) AND fraud = \(bind: false)
                       THEN 1 ELSE 0 END) AS passed
            FROM civic_exams
            WHERE taken_on >= \(bind: start) AND taken_on <= \(bind: end) AND departement_code IS NOT NULL AND
            """ + " " + within + " GROUP BY departement_code, operator_organisation_id"
        ).all() {
            var area = figures[try key(row), default: .init()]
            area.civicExams = try row.decode(column: "n", as: Int.self)
            area.civicExamsPassed = try row.decode(column: "passed", as: Int?.self) ?? 0
            figures[try key(row)] = area
        }
        return figures
    }

    /// Adults in support on `day` whose proofs valid that day reach A2, and B1, in each of the four skills, per area.
    /// Several proofs combine, skill by skill, as the requirement engine combines them.
    public static func certifiedLevels(
        at day: CalendarDay,
        departements: [String]? = nil,
        in sql: any SQLDatabase
    ) async throws -> [AreaKey: AreaFigures] {
        var figures: [AreaKey: AreaFigures] = [:]
        let within = filter(departements, column: "h.departement_code")
        let adultYear = day.year - 18
        let query: SQLQueryString =
            "SELECT h.departement_code, h.operator_organisation_id, "
            + "SUM(CASE WHEN " + proven(.a2, on: day) + " THEN 1 ELSE 0 END) AS a2, "
            + "SUM(CASE WHEN " + proven(.b1, on: day) + " THEN 1 ELSE 0 END) AS b1 "
            // Only people with a proof can prove a level: start from them, not from everyone in support.
            + "FROM (SELECT DISTINCT person_id FROM language_proofs) x JOIN persons p ON p.id = x.person_id "
            + "JOIN households h ON h.id = p.household_id WHERE " + inSupport(on: day)
            + " AND p.birth_year <= \(bind: adultYear) AND " + within
            + " GROUP BY h.departement_code, h.operator_organisation_id"
        for row in try await sql.raw(query).all() {
            var area = figures[try key(row), default: .init()]
            area.adultsA2 = try row.decode(column: "a2", as: Int?.self) ?? 0
            area.adultsB1 = try row.decode(column: "b1", as: Int?.self) ?? 0
            figures[try key(row)] = area
        }
        return figures
    }

    /// Seats of the language courses running on `day`, per département.
    public static func courseSeats(on day: CalendarDay, in sql: any SQLDatabase) async throws -> [String: Int] {
        var seats: [String: Int] = [:]
        for row in try await sql.raw(
            """
            SELECT departement_code, SUM(seats) AS seats FROM courses
            WHERE starts_on <= \(bind: day.iso) AND ends_on >= \(bind: day.iso) GROUP BY departement_code
            """
        ).all() {
            seats[try row.decode(column: "departement_code", as: String.self)] =
                try row.decode(column: "seats", as: Int?.self) ?? 0
        }
        return seats
    }

    /// The condition "each skill of person `p` is proven at `level` or above on `day`" (certificates under two years
    /// old, diplomas without limit).
    static func proven(_ level: CEFRLevel, on day: CalendarDay) -> SQLQueryString {
        let oldest = day.adding(years: -LanguageProof.certificateValidityYears).iso
        var condition: SQLQueryString = "1 = 1"
        for skill in LanguageSkill.allCases {
            condition =
                condition
                + " AND EXISTS (SELECT 1 FROM language_proofs l WHERE l.person_id = p.id "
                + "AND l.obtained_on <= \(bind: day.iso) "
                + "AND (l.proof_kind = 'diploma' OR l.obtained_on > \(bind: oldest)) "
                + "AND l.\(unsafeRaw: skill.rawValue) IN (\(levels(from: level))))"
        }
        return condition
    }

    /// The stored codes of `level` and every level above it, as an SQL list.
    static func levels(from level: CEFRLevel) -> SQLQueryString {
        "\(unsafeRaw: CEFRLevel.allCases.filter { $0 >= level }.map { "'\($0.rawValue)'" }.joined(separator: ", "))"
    }
}
