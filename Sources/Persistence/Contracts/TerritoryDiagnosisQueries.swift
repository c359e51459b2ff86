import Domain
import SQLKit

/// A person in support in a territory, as the diagnosis counts them.
public struct DiagnosisPerson: Sendable, Equatable {
    public let id: String
    public let householdID: String
    public let adult: Bool
    public let inQPV: Bool
    public let cirSigned: Bool
    public let trainingPrescribed: Bool
}

/// An exit of AGIR in a territory, as the diagnosis counts it.
public struct DiagnosisExit: Sendable, Equatable {
    public let positive: Bool
    public let housing: HousingSituation?
    public let activity: ActivitySituation?
}

/// The SQL behind a territory's shared diagnosis: persons in support in its communes, their levels, and exits.
public enum TerritoryDiagnosisQueries {
    /// The persons in support on `day` in households of the communes (codes already expanded to arrondissements);
    /// `qpv` are the territory's QPV.
    public static func persons(
        communes: [String],
        qpv: [String],
        on day: CalendarDay,
        in sql: any SQLDatabase
    ) async throws -> [DiagnosisPerson] {
        guard !communes.isEmpty else { return [] }
        var inQPV: SQLQueryString = "0"
        if !qpv.isEmpty {
            let codes: SQLQueryString = "h.qpv_code IN (\(SQLList(qpv.map { SQLBind($0) })))"
            inQPV = "CASE WHEN " + codes + " AND " + ResidenceRecords.livesInRecordedQPV + " THEN 1 ELSE 0 END"
        }
        let columns: SQLQueryString =
            "SELECT p.id, h.id AS household_id, p.birth_year, " + inQPV + " AS in_qpv, "
            + ContractQueries.cirSigned(on: day) + " AS cir_signed, c.language_hours "
        let from: SQLQueryString =
            "FROM households h JOIN persons p ON p.household_id = h.id LEFT JOIN cir_records c ON c.person_id = p.id "
        let condition: SQLQueryString = "WHERE " + inCommunes(communes) + " AND " + IndicatorQueries.inSupport(on: day)
        let query: SQLQueryString = columns + from + condition + " ORDER BY p.id"
        let adultYear = day.year - 18
        return try await sql.raw(query).all().map { row in
            let signed = try row.decode(column: "cir_signed", as: Int.self) == 1
            let hours = try row.decode(column: "language_hours", as: Int?.self) ?? 0
            return DiagnosisPerson(
                id: try row.decode(column: "id", as: String.self),
                householdID: try row.decode(column: "household_id", as: String.self),
                adult: try row.decode(column: "birth_year", as: Int.self) <= adultYear,
                inQPV: try row.decode(column: "in_qpv", as: Int.self) == 1,
                cirSigned: signed,
                trainingPrescribed: signed && hours > 0
            )
        }
    }

    /// The best level known per skill of the adults in support on `day` in the communes.
    public static func levels(
        communes: [String],
        on day: CalendarDay,
        in sql: any SQLDatabase
    ) async throws
        -> [String: [LanguageSkill: CEFRLevel]]
    {
        guard !communes.isEmpty else { return [:] }
        let adults: SQLQueryString =
            "SELECT p.id FROM households h JOIN persons p ON p.household_id = h.id WHERE " + inCommunes(communes)
            + " AND " + IndicatorQueries.inSupport(on: day) + " AND p.birth_year <= \(bind: day.year - 18)"
        return try await LanguageDemandQueries.bestLevels(of: adults, in: sql)
    }

    /// The exits from `from` to `to` (inclusive) of households of the communes.
    public static func exits(
        communes: [String],
        from: CalendarDay,
        to: CalendarDay,
        in sql: any SQLDatabase
    ) async throws -> [DiagnosisExit] {
        guard !communes.isEmpty else { return [] }
        let query: SQLQueryString =
            "SELECT e.positive, e.housing, e.activity FROM exits e JOIN households h ON h.id = e.household_id WHERE "
            + inCommunes(communes) + " AND e.exit_on >= \(bind: from.iso) AND e.exit_on <= \(bind: to.iso)"
        return try await sql.raw(query).all().map { row in
            DiagnosisExit(
                positive: try row.decode(column: "positive", as: Bool.self),
                housing: HousingSituation(rawValue: try row.decode(column: "housing", as: String.self)),
                activity: ActivitySituation(storedValue: try row.decode(column: "activity", as: String.self))
            )
        }
    }

    static func inCommunes(_ codes: [String]) -> SQLQueryString {
        "h.commune_code IN (\(SQLList(codes.map { SQLBind($0) })))"
    }
}

/// SQL fragments the contracts' figures share, so that each definition lives in one place.
public enum ContractQueries {
    /// Person `p` signed the CIR on or before `day` (the date the CIR record keeps on the person).
    static func cirSignedCondition(on day: CalendarDay) -> SQLQueryString {
        "p.cir_signed_on IS NOT NULL AND p.cir_signed_on <= \(bind: day.iso)"
    }

    /// 1 when person `p` signed the CIR on or before `day`, else 0.
    static func cirSigned(on day: CalendarDay) -> SQLQueryString {
        "CASE WHEN " + cirSignedCondition(on: day) + " THEN 1 ELSE 0 END"
    }
}
