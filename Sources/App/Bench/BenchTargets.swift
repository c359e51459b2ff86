import Domain
import Persistence
import SQLKit

/// What a benchmark run looks at in a generated database: the busiest département, its first caseworker, their
/// household with the most contacts and its reference person (for the pathway page), and a person whose name the
/// duplicate search looks for in another spelling.
struct BenchTargets: Sendable {
    let departement: String
    let caseworkerEmail: String
    let managerEmail: String
    let householdID: String
    let referenceID: String
    let personNames: String
    let personBirthYear: Int

    /// Finds the targets, or explains that the database holds no generated data.
    static func find(in sql: any SQLDatabase) async throws -> BenchTargets {
        guard
            let busiest = try await sql.raw(
                """
                SELECT departement_code, COUNT(*) AS n FROM households WHERE stage = \(stored: HouseholdStage.inSupport)
                GROUP BY departement_code ORDER BY n DESC, departement_code LIMIT 1
                """
            ).first(),
            let departement = try busiest.decode(column: "departement_code", as: String?.self)
        else { throw BenchError("aucun ménage en accompagnement : lancez d'abord `parcours seed`") }
        let caseworker = "seed-acc-referent-\(departement)-1"
        guard
            let account = try await sql.raw(
                "SELECT email FROM accounts WHERE id = \(bind: caseworker)"
            ).first(),
            let household = try await sql.raw(
                """
                SELECT h.id, COUNT(c.id) AS n FROM households h JOIN contacts c ON c.household_id = h.id
                WHERE h.caseworker_account_id = \(bind: caseworker) AND h.stage = \(stored: HouseholdStage.inSupport)
                GROUP BY h.id ORDER BY n DESC, h.id LIMIT 1
                """
            ).first(),
            let person = try await sql.raw(
                """
                SELECT p.document_names, p.birth_year FROM persons p JOIN households h ON h.id = p.household_id
                WHERE h.departement_code = \(bind: departement) AND p.is_reference = \(bind: true)
                  AND p.usual_names <> '' ORDER BY p.id LIMIT 1
                """
            ).first()
        else { throw BenchError("la base ne contient pas les comptes générés par `parcours seed`") }
        let householdID = try household.decode(column: "id", as: String.self)
        guard
            let reference = try await sql.raw(
                "SELECT id FROM persons WHERE household_id = \(bind: householdID) AND is_reference = \(bind: true)"
            ).first()
        else { throw BenchError("le ménage mesuré n'a pas de personne de référence") }
        return BenchTargets(
            departement: departement,
            caseworkerEmail: try account.decode(column: "email", as: String.self),
            managerEmail: "responsable.\(departement)@seed.parcours.test",
            householdID: householdID,
            referenceID: try reference.decode(column: "id", as: String.self),
            personNames: try person.decode(column: "document_names", as: String.self),
            personBirthYear: try person.decode(column: "birth_year", as: Int.self)
        )
    }
}
