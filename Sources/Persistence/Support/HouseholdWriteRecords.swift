import Domain
import Foundation
import SQLKit

/// SQL that writes households, people, their name keys and referrals.
public enum HouseholdWriteRecords {
    /// Inserts a household at the referral stage.
    public static func insertHousehold(
        id: String,
        departement: String,
        commune: String?,
        operatorID: String,
        at now: Date,
        in sql: any SQLDatabase
    ) async throws {
        try await sql.raw(
            """
            INSERT INTO households (id, departement_code, commune_code, operator_organisation_id, stage, created_at)
            VALUES (\(bind: id), \(bind: departement), \(bind: commune), \(bind: operatorID), \(stored: HouseholdStage.referred),
                    \(bind: Timestamp.format(now)))
            """
        ).run()
    }

    /// Inserts a person and the keys that find them as a possible duplicate.
    public static func insertPerson(
        id: String,
        householdID: String,
        isReference: Bool,
        valid: PersonInput.Valid,
        relation: String? = nil,
        arrivedOn: CalendarDay? = nil,
        at now: Date,
        in sql: any SQLDatabase
    ) async throws {
        try await sql.raw(
            """
            INSERT INTO persons (id, household_id, is_reference, document_names, usual_names, birth_year, birth_month,
                birth_day, sex, nationality, protection, protection_authority, protection_date, cir_signed_on, agdref,
                joining_relative, relation, arrived_on, created_at)
            VALUES (\(bind: id), \(bind: householdID), \(bind: isReference), \(bind: valid.name.documentNames),
                \(bind: valid.name.usualNames), \(bind: valid.birthYear), \(bind: valid.birthMonth), \(bind: valid.birthDay),
                \(bind: valid.sex), \(bind: valid.nationality), \(bind: valid.protection?.rawValue),
                \(bind: valid.protectionAuthority), \(bind: valid.protectionDate?.iso), \(bind: valid.cirSignatureDate?.iso),
                \(bind: valid.agdref), \(bind: valid.joiningRelative), \(bind: relation), \(bind: arrivedOn?.iso),
                \(bind: Timestamp.format(now)))
            """
        ).run()
        if isReference {
            try await setListColumns(
                householdID: householdID,
                referenceNames: valid.name.documentNames,
                cirSignature: valid.cirSignatureDate,
                in: sql
            )
        }
        for key in valid.name.searchKeys {
            try await sql.raw(
                """
                INSERT INTO person_name_keys (person_id, name_key, departement_code)
                SELECT \(bind: id), \(bind: key), departement_code FROM households WHERE id = \(bind: householdID)
                """
            ).run()
        }
    }

    /// Inserts a referral with the eligibility computed at that moment.
    public static func insertReferral(
        id: String,
        householdID: String,
        referringOrganisationID: String,
        referringAccountID: String,
        operatorID: String,
        valid: ReferralInput.Valid,
        outcome: EligibilityOutcome,
        eligibilityJSON: String,
        at now: Date,
        in sql: any SQLDatabase
    ) async throws {
        try await sql.raw(
            """
            INSERT INTO referrals (id, household_id, referring_organisation_id, referring_account_id,
                operator_organisation_id, referral_date, prefect_exception, eligible, eligibility_basis, eligibility,
                status, created_at)
            VALUES (\(bind: id), \(bind: householdID), \(bind: referringOrganisationID), \(bind: referringAccountID),
                \(bind: operatorID), \(bind: valid.referralDate.iso), \(bind: valid.prefectException),
                \(bind: outcome.eligible), \(bind: outcome.basis.rawValue), \(bind: eligibilityJSON),
                \(bind: ReferralStatus.pending.rawValue), \(bind: Timestamp.format(now)))
            """
        ).run()
        try await sql.raw(
            "UPDATE households SET referral_date = \(bind: valid.referralDate.iso) WHERE id = \(bind: householdID)"
        ).run()
    }

    /// Records the operator's decision; on acceptance the household gets its caseworker.
    public static func decide(
        referralID: String,
        householdID: String,
        status: ReferralStatus,
        stage: HouseholdStage,
        reason: String?,
        caseworkerID: String?,
        by deciderID: String,
        at now: Date,
        in sql: any SQLDatabase
    ) async throws {
        try await sql.raw(
            """
            UPDATE referrals SET status = \(bind: status.rawValue), decision_reason = \(bind: reason),
                decided_by = \(bind: deciderID), decided_at = \(bind: Timestamp.format(now))
            WHERE id = \(bind: referralID)
            """
        ).run()
        try await sql.raw(
            """
            UPDATE households SET caseworker_account_id = \(bind: caseworkerID), stage = \(stored: stage)
            WHERE id = \(bind: householdID)
            """
        ).run()
    }
}

extension HouseholdWriteRecords {
    /// Keeps the caseload list's columns in step with the reference person: folded names and contract deadline.
    public static func setListColumns(
        householdID: String,
        referenceNames: String,
        cirSignature: CalendarDay?,
        in sql: any SQLDatabase
    ) async throws {
        let due = cirSignature.map { SupportDeadlines.commitmentContractDue(cirSignature: $0).iso }
        try await sql.raw(
            """
            UPDATE households SET reference_name_search = \(bind: SearchKey.fold(referenceNames)),
                contract_due_on = \(bind: due)
            WHERE id = \(bind: householdID)
            """
        ).run()
    }

    /// Hands a household to another caseworker; its file and history stay as they are.
    public static func reassign(householdID: String, caseworkerID: String, in sql: any SQLDatabase) async throws {
        try await sql.raw(
            "UPDATE households SET caseworker_account_id = \(bind: caseworkerID) WHERE id = \(bind: householdID)"
        ).run()
    }
}
