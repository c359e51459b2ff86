import Domain
import Persistence
import Services
import TestSupport
import Testing

@Suite("Conservation : anonymisation deux ans après le dernier contact")
struct RetentionServiceTests {
    func refer(_ names: String, on date: String, _ environment: ServiceEnvironment, _ ofii: AccountSummary) async throws
    {
        var input = ReferralInput()
        input.referralDate = date
        input.departement = "69"
        input.documentNames = names
        input.birthYear = "1990"
        input.birthMonth = "5"
        input.birthDay = "12"
        input.sex = "F"
        input.nationality = "AF"
        input.protection = "refugee"
        input.protectionDate = "2024-06-05"
        // Eligible (an ineligible person is no longer referred): the CIR signed before the referral.
        input.cirSignatureDate = "2024-10-01"
        input.agdref = "6900000001"
        _ = try await ReferralService(environment: environment).create(input, duplicatesReviewed: true, actor: ofii)
    }

    @Test func householdsSilentForTwoYearsAreAnonymisedAndCountsSurvive() async throws {
        try await TestEnvironment.withDemo(secondFactorRequired: false) { environment, _ in
            let ofii = try await TestEnvironment.signIn(.ofii, environment)
            // Today is 27 November 2026: due on the second anniversary of the last contact, not the day before.
            try await refer("ANCIENNE Personne", on: "2024-11-27", environment, ofii)
            try await refer("RECENTE Personne", on: "2024-11-28", environment, ofii)
            let retention = RetentionService(environment: environment)
            let dryRun = try await retention.dryRun()
            #expect(dryRun == .init(households: 1, people: 1, oldestLastContact: CalendarDay(iso: "2024-11-27")))
            let namesBefore = try await names(environment)
            #expect(namesBefore.contains("ANCIENNE Personne"))

            #expect(try await retention.execute() == dryRun)
            let namesAfter = try await names(environment)
            #expect(!namesAfter.contains("ANCIENNE Personne"))
            #expect(namesAfter.contains("Personne anonymisée"))
            #expect(namesAfter.contains("RECENTE Personne"))
            let remaining = try await environment.database.read { sql in
                try await sql.raw("SELECT COUNT(*) AS n FROM persons WHERE agdref IS NOT NULL").first()?.decode(
                    column: "n",
                    as: Int.self
                )
            }
            #expect(remaining == 1)
            let referrals = try await environment.database.read { sql in
                try await sql.raw("SELECT COUNT(*) AS n FROM referrals").first()?.decode(column: "n", as: Int.self)
            }
            #expect(referrals == 2)
            #expect(try await retention.dryRun().households == 0)
            let verification = try await environment.verifyAuditLog()
            if case .broken = verification { Issue.record("chain broken: \(verification)") }
        }
    }

    @Test func anonymisationClearsContactDetailsIdentifiersFreeTextAndProofReferences() async throws {
        try await TestEnvironment.withDemo(secondFactorRequired: false) { environment, _ in
            let ofii = try await TestEnvironment.signIn(.ofii, environment)
            try await refer("ANCIENNE Personne", on: "2024-11-27", environment, ofii)
            try await environment.database.write { sql in
                try await sql.raw(
                    """
                    UPDATE persons SET phone = '0612345678', email = 'a@exemple.fr', ofpra_number = '12-34-56789',
                        caf_number = '1234567', languages = 'dari'
                    """
                ).run()
                try await sql.raw(
                    """
                    INSERT INTO language_proofs (id, person_id, kind, proof_kind, obtained_on, reference, account_id,
                        created_at)
                    SELECT 'P1', id, 'tcf_irn', 'certification', '2024-10-01', 'TCF-123456', \(bind: ofii.id),
                        '2024-10-01T08:00:00Z' FROM persons
                    """
                ).run()
            }
            _ = try await RetentionService(environment: environment).execute()
            let left = try await environment.database.read { sql in
                try await sql.raw(
                    """
                    SELECT (SELECT COUNT(*) FROM persons WHERE phone IS NOT NULL OR email IS NOT NULL
                        OR ofpra_number IS NOT NULL OR caf_number IS NOT NULL OR languages IS NOT NULL)
                        + (SELECT COUNT(*) FROM language_proofs WHERE reference IS NOT NULL) AS n
                    """
                ).first()?.decode(column: "n", as: Int.self)
            }
            #expect(left == 0)
            // The proof itself stays for the statistics (kind, date, levels).
            let proofs = try await environment.database.read { sql in
                try await sql.raw("SELECT COUNT(*) AS n FROM language_proofs").first()?.decode(
                    column: "n",
                    as: Int.self
                )
            }
            #expect(proofs == 1)
        }
    }

    func names(_ environment: ServiceEnvironment) async throws -> [String] {
        try await environment.database.read { sql in
            try await sql.raw("SELECT document_names FROM persons").all().map {
                try $0.decode(column: "document_names", as: String.self)
            }
        }
    }
}
