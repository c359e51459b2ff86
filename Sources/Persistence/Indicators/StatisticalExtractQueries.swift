import Domain
import SQLKit

/// SQL for the weekly statistical extract: the persons in support on a day, read in pages ordered by person.
public enum StatisticalExtractQueries {
    /// How many persons are in support on the day (the rows an extract will have).
    public static func count(on day: CalendarDay, in sql: any SQLDatabase) async throws -> Int {
        try await sql.raw(
            """
            SELECT COUNT(*) AS n FROM households h JOIN persons p ON p.household_id = h.id WHERE
            """ + " " + IndicatorQueries.inSupport(on: day)
        ).first()?.decode(column: "n", as: Int.self) ?? 0
    }

    /// Up to `limit` persons in support on the day whose identifier comes after `personID`, in identifier order:
    /// each page starts where the last one ended, so that memory holds one page whatever the national total.
    public static func page(
        on day: CalendarDay,
        after personID: String,
        limit: Int,
        in sql: any SQLDatabase
    ) async throws -> [ExtractPersonRecord] {
        // Pathway figures as of the day: the CIR training, the levels proven skill by skill, a civic exam passed.
        let pathway: SQLQueryString =
            ", c.training_finished_on, c.final_level, CASE WHEN " + IndicatorQueries.proven(.a2, on: day)
            + " THEN 1 ELSE 0 END AS a2, CASE WHEN " + IndicatorQueries.proven(.b1, on: day)
            + " THEN 1 ELSE 0 END AS b1, CASE WHEN EXISTS (SELECT 1 FROM civic_exams x WHERE x.person_id = p.id "
            + "AND x.taken_on <= \(bind: day.iso) AND x.score >= \(bind: CivicExamResult.passMark) "
            + "AND x.fraud = \(bind: false)) THEN 1 ELSE 0 END AS civic "
        return try await sql.raw(
            """
            SELECT p.id, p.household_id, h.departement_code, d.region_code, h.operator_organisation_id, h.stage, p.sex,
                   p.birth_year, p.nationality, p.protection, p.protection_date, h.referral_date,
                   h.welcome_interview_on, h.welcome_delay_days, h.contract_signed_on, h.contract_due_on,
                   p.france_travail_on, e.exit_on, e.reason
            """ + pathway
                + """
                FROM persons p JOIN households h ON h.id = p.household_id
                JOIN departements d ON d.code = h.departement_code
                LEFT JOIN exits e ON e.household_id = h.id
                LEFT JOIN cir_records c ON c.person_id = p.id
                WHERE p.id > \(bind: personID) AND
                """ + " " + IndicatorQueries.inSupport(on: day) + " ORDER BY p.id LIMIT \(bind: limit)"
        ).all().map(record)
    }

    /// The milestones of the given households, oldest first (then in recorded order), by household.
    public static func milestones(
        householdIDs: [String],
        in sql: any SQLDatabase
    ) async throws -> [String: [Milestone]] {
        guard !householdIDs.isEmpty else { return [:] }
        var byHousehold: [String: [Milestone]] = [:]
        for row in try await sql.raw(
            """
            SELECT id, household_id, person_id, occurred_on, kind, value FROM milestones
            WHERE household_id IN (\(SQLList(householdIDs.map { SQLBind($0) })))
            ORDER BY household_id, occurred_on, created_at, id
            """
        ).all() {
            guard let date = CalendarDay(iso: try row.decode(column: "occurred_on", as: String.self)),
                let event = MilestoneEvent(
                    kind: try row.decode(column: "kind", as: String.self),
                    value: try row.decode(column: "value", as: String.self)
                )
            else { continue }
            let milestone = Milestone(
                id: try row.decode(column: "id", as: String.self),
                date: date,
                personID: try row.decode(column: "person_id", as: String?.self),
                event: event
            )
            byHousehold[try row.decode(column: "household_id", as: String.self), default: []].append(milestone)
        }
        return byHousehold
    }

    /// A page row as a record.
    static func record(_ row: any SQLRow) throws -> ExtractPersonRecord {
        ExtractPersonRecord(
            personID: try row.decode(column: "id", as: String.self),
            householdID: try row.decode(column: "household_id", as: String.self),
            departement: try row.decode(column: "departement_code", as: String.self),
            region: try row.decode(column: "region_code", as: String.self),
            operatorID: try row.decode(column: "operator_organisation_id", as: String.self),
            stage: try StoredValue.decode(HouseholdStage.self, column: "stage", in: row),
            sex: try row.decode(column: "sex", as: String.self),
            birthYear: try row.decode(column: "birth_year", as: Int.self),
            nationality: try row.decode(column: "nationality", as: String.self),
            protection: try row.decode(column: "protection", as: String?.self),
            protectionDate: try row.decode(column: "protection_date", as: String?.self),
            referralDate: try row.decode(column: "referral_date", as: String?.self),
            welcomeInterview: try row.decode(column: "welcome_interview_on", as: String?.self),
            welcomeDelayDays: try row.decode(column: "welcome_delay_days", as: Int?.self),
            contractSigned: try row.decode(column: "contract_signed_on", as: String?.self),
            contractDue: try row.decode(column: "contract_due_on", as: String?.self),
            franceTravail: try row.decode(column: "france_travail_on", as: String?.self),
            exitDate: try row.decode(column: "exit_on", as: String?.self),
            exitReason: try row.decode(column: "reason", as: String?.self),
            trainingFinished: try row.decode(column: "training_finished_on", as: String?.self),
            finalLevel: try row.decode(column: "final_level", as: String?.self),
            provenA2: try row.decode(column: "a2", as: Int.self) == 1,
            provenB1: try row.decode(column: "b1", as: Int.self) == 1,
            civicExamPassed: try row.decode(column: "civic", as: Int.self) == 1
        )
    }
}
