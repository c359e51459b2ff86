import CSV
import Foundation
import SQLKit

/// What the generator reads besides the app's tables: CIR counts per département, and communes by population.
public enum SeedReference {
    /// CIR signed in 2020 for the asylum motive (refugees, subsidiary protection, stateless), per département code.
    public static func asylumCIRCounts() throws -> [(code: String, count: Int)] {
        guard
            let url = Bundle.module.url(
                forResource: "cir_signataires_2020",
                withExtension: "csv",
                subdirectory: "ReferenceData"
            )
        else { throw CocoaError(.fileNoSuchFile) }
        let reader = try CSVReader(string: try String(contentsOf: url, encoding: .utf8), hasHeaderRow: true)
        let header = reader.headerRow ?? []
        guard let code = header.firstIndex(of: "code_departement"), let asylum = header.firstIndex(of: "motif_asile")
        else { throw CocoaError(.fileReadCorruptFile) }
        var counts: [(code: String, count: Int)] = []
        while let values = reader.next() {
            counts.append((values[code], Int(values[asylum]) ?? 0))
        }
        return counts
    }

    /// The communes of a département, most populated first (cities, not their arrondissements).
    public static func communes(departement: String, in sql: any SQLDatabase) async throws -> [String] {
        try await sql.raw(
            """
            SELECT code FROM communes WHERE departement_code = \(bind: departement) AND kind = 'COM'
            ORDER BY population DESC, code LIMIT 200
            """
        ).all().map { try $0.decode(column: "code", as: String.self) }
    }

    /// The QPV of each commune of a département that has some, by commune code (courses may be held in them).
    public static func qpv(departement: String, in sql: any SQLDatabase) async throws -> [String: [String]] {
        var byCommune: [String: [String]] = [:]
        for row in try await sql.raw(
            """
            SELECT c.commune_code, c.qpv_code FROM qpv_communes c JOIN qpv q ON q.code = c.qpv_code
            WHERE q.departement_code = \(bind: departement) ORDER BY c.commune_code, c.qpv_code
            """
        ).all() {
            byCommune[try row.decode(column: "commune_code", as: String.self), default: []].append(
                try row.decode(column: "qpv_code", as: String.self)
            )
        }
        return byCommune
    }

    /// Sets a département's AGIR deployment date (the generator spreads départements over the three waves).
    public static func setDeployment(_ day: String, departement: String, in sql: any SQLDatabase) async throws {
        try await sql.raw(
            "UPDATE departements SET agir_deployed_on = \(bind: day) WHERE code = \(bind: departement)"
        ).run()
    }

    /// Refreshes the planner's statistics of the tables the generator fills, after its bulk load. Table by table:
    /// a bare `ANALYZE` on PostgreSQL would visit (and lock) every schema of the database.
    public static func analyze(in sql: any SQLDatabase) async throws {
        for table in [
            "households", "persons", "person_name_keys", "referrals", "diagnoses", "milestones", "contacts",
            "plan_goals", "plan_actions", "exits", "appointments", "accounts", "organisations", "cir_records",
            "language_assessments", "language_proofs", "civic_exams", "courses", "course_enrolments",
        ] {
            try await sql.raw("ANALYZE \(unsafeRaw: table)").run()
        }
    }

    /// Whether the generator's organisations are already there (the demo's synthetic nation is loaded once).
    public static func hasSeedOrganisations(in sql: any SQLDatabase) async throws -> Bool {
        try await sql.raw("SELECT id FROM organisations WHERE id LIKE 'seed-%' LIMIT 1").first() != nil
    }

    /// Makes the generator's accounts unable to sign in: in the demo they only carry the synthetic population.
    public static func deactivateSeedAccounts(in sql: any SQLDatabase) async throws {
        try await sql.raw("UPDATE accounts SET active = \(bind: false) WHERE id LIKE 'seed-%'").run()
    }

    /// Whether the database already holds households (the generator only fills an empty one).
    public static func hasHouseholds(in sql: any SQLDatabase) async throws -> Bool {
        try await sql.raw("SELECT id FROM households LIMIT 1").first() != nil
    }
}
