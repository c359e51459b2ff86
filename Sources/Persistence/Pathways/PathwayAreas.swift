import SQLKit

/// Keeps the household's département and operator on its members' CIR records and civic exams, so that the
/// indicators count them per area from one indexed table instead of joining persons and households (the national
/// dashboard spent most of its time in those joins).
public enum PathwayAreas {
    /// The tables that carry a person's area.
    static let tables = ["cir_records", "civic_exams"]

    /// Sets the area of the rows of the given persons (all rows when `persons` is nil) from their households.
    public static func place(persons: SQLQueryString?, in sql: any SQLDatabase) async throws {
        for table in tables {
            let within: SQLQueryString = persons.map { " WHERE person_id IN (" + $0 + ")" } ?? ""
            try await sql.raw(
                """
                UPDATE \(unsafeRaw: table) SET
                    departement_code = (SELECT h.departement_code FROM persons p JOIN households h
                        ON h.id = p.household_id WHERE p.id = \(unsafeRaw: table).person_id),
                    operator_organisation_id = (SELECT h.operator_organisation_id FROM persons p JOIN households h
                        ON h.id = p.household_id WHERE p.id = \(unsafeRaw: table).person_id)
                """ + within
            ).run()
        }
    }

    /// Sets the area of one person's rows.
    public static func place(personID: String, in sql: any SQLDatabase) async throws {
        try await place(persons: "SELECT \(bind: personID)", in: sql)
    }

    /// Sets the area of the rows of a household's members (after a transfer).
    public static func place(householdID: String, in sql: any SQLDatabase) async throws {
        try await place(persons: "SELECT id FROM persons WHERE household_id = \(bind: householdID)", in: sql)
    }
}
