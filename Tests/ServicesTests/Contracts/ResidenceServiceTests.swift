import Domain
import Persistence
import SQLKit
import Services
import TestSupport
import Testing

@Suite("Quartier prioritaire de résidence d'un ménage")
struct ResidenceServiceTests {
    static func qpv(_ environment: ServiceEnvironment) async throws -> String? {
        try await environment.database.read { sql in
            try await sql.raw("SELECT qpv_code FROM households WHERE id = 'H5'").first()?.decode(
                column: "qpv_code",
                as: String?.self
            )
        }
    }

    @Test func theCaseworkerRecordsAQPVOfTheHouseholdsCommuneAndRetentionClearsIt() async throws {
        try await TestEnvironment.withEmpty { environment, _ in
            try await DiagnosisFixture.load(environment)
            let caseworker = AccountSummary(
                id: "cw69",
                email: "cw69@exemple.fr",
                displayName: "Référent 69",
                role: .referent,
                scope: .departements(["69"]),
                organisationID: "op69",
                organisationName: "Opérateur 69"
            )
            let residences = ResidenceService(environment: environment)
            // H5 lives in Villeurbanne: Grande Île (Vaulx-en-Velin) is refused, Les Buers accepted.
            let options = try await residences.residence(householdID: "H5", actor: caseworker).options.map(\.code)
            #expect(options.contains("QN06921M"))
            #expect(!options.contains("QN06916M"))
            await #expect(throws: DomainError.self) {
                try await residences.setQPV(householdID: "H5", qpv: "QN06916M", actor: caseworker)
            }
            try await residences.setQPV(householdID: "H5", qpv: "QN06921M", actor: caseworker)
            #expect(try await Self.qpv(environment) == "QN06921M")
            let audited = try await environment.database.read { sql in
                try await sql.raw("SELECT action FROM audit_events WHERE record_id = 'H5'").all().map {
                    try $0.decode(column: "action", as: String.self)
                }
            }
            #expect(audited == ["menage.qpv_residence"])
            try await environment.database.write { sql in
                try await RetentionRecords.anonymise(householdID: "H5", on: CalendarDay(iso: "2026-11-27")!, in: sql)
            }
            #expect(try await Self.qpv(environment) == nil)
        }
    }
}
