import Domain
import Persistence
import SampleData
import Services
import TestSupport

/// The records of the hostile-text test: the demo département with its casework and pathways, a few records the
/// demo lacks (API tokens, appointments, a civic exam, a transfer), then every free-text field that reaches a page
/// overwritten with one value.
enum HostileRecords {
    /// Every stored free-text column a page shows: names and transliterations, person details and identifiers,
    /// diagnosis, contacts, plan, appointments, courses, assessments and proofs, civic exams, referrals, transfers,
    /// organisations, accounts, API tokens and requirement-rule motives.
    static let columns: [(table: String, column: String)] = [
        ("persons", "document_names"), ("persons", "usual_names"), ("persons", "languages"), ("persons", "phone"),
        ("persons", "email"), ("persons", "ofii_direction"), ("persons", "ofpra_number"), ("persons", "caf_number"),
        ("persons", "france_travail_id"), ("persons", "social_security_number"), ("persons", "agdref"),
        ("diagnoses", "situation"), ("diagnoses", "note"), ("contacts", "attendees"), ("contacts", "note"),
        ("plan_goals", "title"), ("plan_actions", "description"), ("plan_actions", "outcome"),
        ("appointments", "place"), ("courses", "title"), ("courses", "schedule"), ("language_assessments", "assessor"),
        ("language_proofs", "reference"), ("civic_exams", "centre"), ("cir_records", "ofii_direction"),
        ("referrals", "decision_reason"), ("household_transfers", "reason"), ("organisations", "name"),
        ("accounts", "display_name"), ("api_tokens", "name"), ("requirement_rule_revisions", "note"),
    ]

    /// Pages that show the records added here, and a household file with a diagnosis.
    struct Pages: Sendable {
        /// The files of the households with appointments (the second one also has a transfer).
        let households: [String]
        /// The pathway page of the person with a civic exam.
        let pathway: String
        /// A household file with a diagnosis.
        let diagnosed: String

        var all: [String] { households + [pathway, diagnosed] }
    }

    /// Loads the demo casework and pathways and adds the records the demo lacks.
    @discardableResult
    static func load(_ app: TestApp) async throws -> Pages {
        let environment = app.services
        try await DemoCasework(environment: environment).load()
        try await DemoPathways(environment: environment).load()
        let caseworker = try await account(.referent, in: app)
        let households = try await app.database.read { sql in
            try await sql.raw(
                "SELECT id FROM households WHERE caseworker_account_id = \(bind: caseworker.id) AND stage = \(stored: HouseholdStage.inSupport) ORDER BY id"
            ).all().map { try $0.decode(column: "id", as: String.self) }
        }
        let today = app.time.today(inDepartement: "69")
        for household in households.prefix(3) {
            try await AppointmentService(environment: environment).add(
                householdID: household,
                day: today.adding(days: 3).iso,
                time: "10:00",
                minutes: "45",
                place: "Salle 2",
                actor: caseworker
            )
        }
        let person = try await app.database.read { sql in
            try await sql.raw(
                "SELECT id FROM persons WHERE household_id = \(bind: households[0]) AND is_reference = \(bind: true)"
            ).first()?.decode(column: "id", as: String.self)
        }
        var exam = CivicExamInput()
        exam.version = ResidenceTitle.allCases[0].rawValue
        exam.date = today.adding(days: -10).iso
        exam.score = "34"
        exam.centre = "Centre d'examen"
        try await PathwayService(environment: environment).addCivicExam(
            personID: person ?? "",
            input: exam,
            actor: caseworker
        )
        try await app.database.write { sql in
            let accounts = try await sql.raw("SELECT id, organisation_id FROM accounts ORDER BY id").all()
            for (index, row) in accounts.enumerated() {
                let id = try row.decode(column: "id", as: String.self)
                try await sql.raw(
                    """
                    INSERT INTO api_tokens (id, account_id, name, token_hash, created_at, expires_at)
                    VALUES (\(bind: "jeton-\(index)"), \(bind: id), 'jeton', \(bind: "empreinte-\(index)"),
                    '2026-11-01T00:00:00Z', '2027-11-01T00:00:00Z')
                    """
                ).run()
            }
            let organisation = try accounts.first { try $0.decode(column: "id", as: String.self) == caseworker.id }?
                .decode(column: "organisation_id", as: String.self)
            try await sql.raw(
                """
                INSERT INTO household_transfers (id, household_id, transferred_on, from_organisation_id,
                to_organisation_id, from_departement, to_departement, reason, account_id, created_at)
                VALUES ('transfert-1', \(bind: households[1]), \(bind: today.adding(days: -20).iso),
                \(bind: organisation ?? ""), \(bind: organisation ?? ""), '69', '69', 'raison', \(bind: caseworker.id),
                '2026-11-07T10:00:00Z')
                """
            ).run()
        }
        let diagnosed = try await app.database.read { sql in
            try await sql.raw(
                """
                SELECT d.household_id FROM diagnoses d JOIN households h ON h.id = d.household_id
                WHERE h.caseworker_account_id = \(bind: caseworker.id) AND h.stage = 'accompagnement'
                ORDER BY d.household_id LIMIT 1
                """
            ).first()?.decode(column: "household_id", as: String.self)
        }
        return Pages(
            households: households.prefix(3).map { "/menages/\($0)" },
            pathway: "/personnes/\(person ?? "")/parcours",
            diagnosed: "/menages/\(diagnosed ?? "")"
        )
    }

    /// Writes `value` into every column of `columns`, in every row.
    static func overwrite(with value: String, in app: TestApp) async throws {
        try await app.database.write { sql in
            for (table, column) in columns {
                try await sql.raw("UPDATE \(ident: table) SET \(ident: column) = \(bind: value)").run()
            }
        }
    }

    /// The demo account with this role.
    static func account(_ role: Role, in app: TestApp) async throws -> AccountSummary {
        let found = try await app.database.read { sql in
            try await AccountRecords.credentials(email: DemoDepartement.email(for: role), in: sql)?.account
        }
        guard let found else { throw HostileRecordsError() }
        return found
    }

    /// The demo accounts are missing.
    struct HostileRecordsError: Error {}
}
