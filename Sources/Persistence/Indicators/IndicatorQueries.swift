import Domain
import SQLKit

/// The figures behind every indicator, per département and operator, computed live from the casework.
public enum IndicatorQueries {
    /// A département and an operator: the finest area the dashboards show (aggregates only).
    public struct AreaKey: Sendable, Hashable {
        public let departement: String
        public let operatorID: String
    }

    /// The figures of the period `from`…`to` (inclusive) — referrals, welcome delays, contracts, exits — per
    /// département and operator, for the given départements (all when nil). `support(at:)` gives the others.
    public static func figures(
        from: CalendarDay,
        to: CalendarDay,
        departements: [String]? = nil,
        in sql: any SQLDatabase
    ) async throws -> [AreaKey: AreaFigures] {
        var figures: [AreaKey: AreaFigures] = [:]
        let within = filter(departements, column: "departement_code")
        let withinHouseholds = filter(departements, column: "h.departement_code")
        let start = from.iso
        let end = to.iso
        for row in try await sql.raw(
            """
            SELECT departement_code, operator_organisation_id, COUNT(*) AS n FROM households
            WHERE referral_date >= \(bind: start) AND referral_date <= \(bind: end) AND
            """ + " " + within + " GROUP BY departement_code, operator_organisation_id"
        ).all() {
            figures[try key(row), default: .init()].referrals = try row.decode(column: "n", as: Int.self)
        }
        // Delays are counted per value, so that a national median reads a few hundred rows, not every household.
        for row in try await sql.raw(
            """
            SELECT departement_code, operator_organisation_id, welcome_delay_days AS delay, COUNT(*) AS n
            FROM households
            WHERE welcome_interview_on >= \(bind: start) AND welcome_interview_on <= \(bind: end)
              AND welcome_delay_days IS NOT NULL AND
            """ + " " + within + " GROUP BY departement_code, operator_organisation_id, welcome_delay_days"
        ).all() {
            let delay = try row.decode(column: "delay", as: Int.self)
            let count = try row.decode(column: "n", as: Int.self)
            figures[try key(row), default: .init()].welcomeDelays.append(
                contentsOf: repeatElement(delay, count: count)
            )
        }
        for row in try await sql.raw(
            """
            SELECT departement_code, operator_organisation_id, COUNT(*) AS n,
                   SUM(CASE WHEN contract_signed_on <= contract_due_on THEN 1 ELSE 0 END) AS within
            FROM households WHERE contract_signed_on >= \(bind: start) AND contract_signed_on <= \(bind: end) AND
            """ + " " + within + " GROUP BY departement_code, operator_organisation_id"
        ).all() {
            var area = figures[try key(row), default: .init()]
            area.contractsSigned = try row.decode(column: "n", as: Int.self)
            area.contractsWithinMonth = try row.decode(column: "within", as: Int?.self) ?? 0
            figures[try key(row)] = area
        }
        for row in try await sql.raw(
            """
            SELECT h.departement_code, h.operator_organisation_id, e.reason, e.housing, e.activity, COUNT(*) AS n
            FROM exits e JOIN households h ON h.id = e.household_id
            WHERE e.exit_on >= \(bind: start) AND e.exit_on <= \(bind: end) AND
            """ + " " + withinHouseholds
                + " GROUP BY h.departement_code, h.operator_organisation_id, e.reason, e.housing, e.activity"
        ).all() {
            let count = try row.decode(column: "n", as: Int.self)
            let reason = try row.decode(column: "reason", as: String.self)
            let housing = HousingSituation(rawValue: try row.decode(column: "housing", as: String.self))
            let activity = ActivitySituation(storedValue: try row.decode(column: "activity", as: String.self))
            var area = figures[try key(row), default: .init()]
            area.exits += count
            area.exitsByReason[reason, default: 0] += count
            if housing?.isSustainable == true { area.exitsSustainableHousing += count }
            if activity?.isSustainable == true { area.exitsSustainableActivity += count }
            figures[try key(row)] = area
        }
        return figures
    }

    /// Households, persons and adults in support on `day`, and adults registered with France Travail by then, in one
    /// pass over households and their members (the exit and registration dates are kept on them for this).
    public static func support(
        at day: CalendarDay,
        departements: [String]? = nil,
        in sql: any SQLDatabase
    ) async throws -> [AreaKey: AreaFigures] {
        var figures: [AreaKey: AreaFigures] = [:]
        let within = filter(departements, column: "h.departement_code")
        let date = day.iso
        // Adults: 18 or over in the year of the day, counted on the birth year (often the only part known).
        let adultYear = day.year - 18
        for row in try await sql.raw(
            """
            SELECT h.departement_code, h.operator_organisation_id, COUNT(DISTINCT h.id) AS households,
                   COUNT(*) AS persons, SUM(CASE WHEN p.birth_year <= \(bind: adultYear) THEN 1 ELSE 0 END) AS adults,
                   SUM(CASE WHEN p.birth_year <= \(bind: adultYear) AND p.france_travail_on <= \(bind: date)
                       THEN 1 ELSE 0 END) AS registered
            FROM households h JOIN persons p ON p.household_id = h.id
            WHERE
            """ + " " + inSupport(on: day) + " AND " + within
                + " GROUP BY h.departement_code, h.operator_organisation_id"
        ).all() {
            var area = figures[try key(row), default: .init()]
            area.householdsInSupport = try row.decode(column: "households", as: Int.self)
            area.personsInSupport = try row.decode(column: "persons", as: Int.self)
            area.adultsInSupport = try row.decode(column: "adults", as: Int?.self) ?? 0
            area.adultsFranceTravail = try row.decode(column: "registered", as: Int?.self) ?? 0
            figures[try key(row)] = area
        }
        return figures
    }

    /// The area of a grouped row.
    static func key(_ row: any SQLRow) throws -> AreaKey {
        AreaKey(
            departement: try row.decode(column: "departement_code", as: String.self),
            operatorID: try row.decode(column: "operator_organisation_id", as: String.self)
        )
    }

    /// A condition keeping the given départements, or none.
    static func filter(_ departements: [String]?, column: String) -> SQLQueryString {
        guard let departements else { return "1 = 1" }
        guard !departements.isEmpty else { return "1 = 0" }
        return "\(unsafeRaw: column) IN (\(SQLList(departements.map { SQLBind($0) })))"
    }

    /// The départements where AGIR is deployed on `day`.
    public static func deployed(on day: CalendarDay, in sql: any SQLDatabase) async throws -> Set<String> {
        Set(
            try await sql.raw(
                """
                SELECT code FROM departements WHERE agir_deployed_on IS NOT NULL AND agir_deployed_on <= \(bind: day.iso)
                """
            ).all().map { try $0.decode(column: "code", as: String.self) }
        )
    }

    /// The household events counted per month in the dashboards' time series, by the household column dating them.
    public enum MonthlyEvent: String, Sendable, CaseIterable {
        case referrals = "referral_date"
        case welcomes = "welcome_interview_on"
        case exits = "exit_on"
    }

    /// Events per month from `from` to `to`, per département, for the time series.
    public static func monthly(
        _ event: MonthlyEvent,
        from: CalendarDay,
        to: CalendarDay,
        departements: [String]? = nil,
        in sql: any SQLDatabase
    ) async throws -> [(departement: String, month: String, count: Int)] {
        try await sql.raw(
            """
            SELECT departement_code, SUBSTR(\(unsafeRaw: event.rawValue), 1, 7) AS month, COUNT(*) AS n
            FROM households
            WHERE \(unsafeRaw: event.rawValue) >= \(bind: from.iso) AND \(unsafeRaw: event.rawValue) <= \(bind: to.iso) AND
            """ + " " + filter(departements, column: "departement_code")
                + " GROUP BY departement_code, SUBSTR(\(unsafeRaw: event.rawValue), 1, 7)"
        ).all().map {
            (
                try $0.decode(column: "departement_code", as: String.self),
                try $0.decode(column: "month", as: String.self), try $0.decode(column: "n", as: Int.self)
            )
        }
    }
}
